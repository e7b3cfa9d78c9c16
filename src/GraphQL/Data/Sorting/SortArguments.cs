using System.Collections;
using System.Reflection;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>Reads an <c>order</c> argument into <see cref="SortKey"/>s: list items in order, fields of one item in the type's order.</summary>
internal static class SortArguments
{
    public static List<SortKey> Read(InputObjectType? type, object? order, Type itemType)
    {
        var keys = new List<SortKey>();
        if (type is null || order is not IEnumerable items)
        {
            return keys;
        }

        foreach (var item in items)
        {
            if (item is IReadOnlyDictionary<string, object?> fields)
            {
                Add(keys, type, fields, [], itemType);
            }
        }

        return keys;
    }

    /// <summary>The keys with the primary key appended as the last tie-breaker (unless already a key), so every order is total.</summary>
    /// <summary>The keys of a default order (<c>"StepOrder"</c>, <c>"CreatedAt DESC"</c>); <c>null</c> when a name is not a readable property.</summary>
    public static IReadOnlyList<SortKey>? DefaultKeys(IReadOnlyList<string> order, Type itemType)
    {
        var keys = new List<SortKey>(order.Count);
        foreach (var entry in order)
        {
            var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = parts.Length == 2 && parts[1].Equals("DESC", StringComparison.OrdinalIgnoreCase);
            if (parts.Length is < 1 or > 2 || (parts.Length == 2 && !descending && !parts[1].Equals("ASC", StringComparison.OrdinalIgnoreCase)) ||
                itemType.GetProperty(parts[0], BindingFlags.Public | BindingFlags.Instance) is not { CanRead: true } property)
            {
                return null;
            }

            keys.Add(SortKey.For(itemType, [property], descending));
        }

        return keys;
    }

    public static List<SortKey> WithKey(List<SortKey> keys, PropertyInfo? key, Type itemType)
    {
        if (key is null || keys.Exists(existing => existing.Path.Count == 1 && existing.Path[0] == key))
        {
            return keys;
        }

        return [.. keys, SortKey.For(itemType, [key], descending: false)];
    }

    private static void Add(List<SortKey> keys, InputObjectType type, IReadOnlyDictionary<string, object?> fields, List<PropertyInfo> path, Type itemType)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null || type.GetField(name) is not { } field)
            {
                continue;
            }

            var member = (PropertyInfo)field.Features[DataTypes.MemberKey]!;
            List<PropertyInfo> memberPath = [.. path, member];
            switch (value)
            {
                case SortDirection direction:
                    keys.Add(SortKey.For(itemType, memberPath, direction == SortDirection.Desc));
                    break;
                case IReadOnlyDictionary<string, object?> nested:
                    Add(keys, (InputObjectType)field.Type.NamedType(), nested, memberPath, itemType);
                    break;
            }
        }
    }
}
