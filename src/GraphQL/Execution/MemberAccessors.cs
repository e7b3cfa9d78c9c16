using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Execution;

/// <summary>Compiled getters for the default resolver, one per (CLR type, field name), built on first use.</summary>
internal static class MemberAccessors
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>> Cache = new();
    private static readonly Func<object, object?> Missing = static _ => null;

    public static Func<object, object?> Get(Type type, string name) => Cache.GetOrAdd((type, name), static key => Create(key.Type, key.Name));

    private static Func<object, object?> Create(Type type, string name)
    {
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
        {
            return parent => ((IReadOnlyDictionary<string, object?>)parent).TryGetValue(name, out var value) ? value : null;
        }

        if (typeof(IDictionary<string, object?>).IsAssignableFrom(type))
        {
            return parent => ((IDictionary<string, object?>)parent).TryGetValue(name, out var value) ? value : null;
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return parent => ((IDictionary)parent).Contains(name) ? ((IDictionary)parent)[name] : null;
        }

        var member = FindMember(type, name);
        if (member is null)
        {
            return Missing;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var access = Expression.MakeMemberAccess(Expression.Convert(parameter, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parameter).Compile();
    }

    private static MemberInfo? FindMember(Type type, string name)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? caseInsensitive = null;
        foreach (var property in type.GetProperties(Flags))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
            {
                continue;
            }

            if (property.Name == name)
            {
                return property;
            }

            if (caseInsensitive is null && string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                caseInsensitive = property;
            }
        }

        foreach (var field in type.GetFields(Flags))
        {
            if (field.Name == name)
            {
                return field;
            }

            if (caseInsensitive is null && string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                caseInsensitive = field;
            }
        }

        return caseInsensitive;
    }
}
