using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace GraphQL.Types.CodeFirst;

/// <summary>Finding the members that become fields, and reading the attributes that shape them. Used only at build time.</summary>
internal static class ReflectionMembers
{
    private static readonly HashSet<string> ExcludedMethodNames =
    [
        nameof(Equals), nameof(GetHashCode), nameof(ToString), nameof(GetType), "Deconstruct", "Dispose", "DisposeAsync", "CompareTo",
    ];

    /// <summary>Whether two reflected members are the same declaration, whichever type they were reflected from.</summary>
    public static bool AreSame(MemberInfo left, MemberInfo right) =>
        left.Module == right.Module && left.MetadataToken == right.MetadataToken;

    /// <summary>The public properties that can be fields: readable, not indexers; for a C# interface, those of its base interfaces too.</summary>
    public static IEnumerable<PropertyInfo> OutputProperties(Type type, bool includeStatic)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (includeStatic ? BindingFlags.Static : 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaring in WithBaseInterfaces(type))
        {
            foreach (var property in declaring.GetProperties(flags))
            {
                if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0 &&
                    !IsFrameworkMember(property) && seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    /// <summary>
    /// The public methods that can be fields: not property accessors or operators, not generic, not the members every
    /// object or record has (<c>ToString</c>, <c>Equals</c>, <c>Deconstruct</c>…).
    /// </summary>
    public static IEnumerable<MethodInfo> OutputMethods(Type type, bool includeStatic)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (includeStatic ? BindingFlags.Static : 0);
        foreach (var declaring in WithBaseInterfaces(type))
        {
            foreach (var method in declaring.GetMethods(flags))
            {
                if (!method.IsSpecialName && !method.IsGenericMethodDefinition && !IsFrameworkMember(method) &&
                    !ExcludedMethodNames.Contains(method.Name) && !method.Name.Contains('<', StringComparison.Ordinal) &&
                    !method.IsDefined(typeof(CompilerGeneratedAttribute)))
                {
                    yield return method;
                }
            }
        }
    }

    /// <summary>The member a configuration expression such as <c>x => x.Name</c> or <c>x => x.GetSteps(default)</c> names.</summary>
    public static MemberInfo? FromExpression(LambdaExpression expression, Type type, ObjectTypeConfiguration configuration)
    {
        var body = expression.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            body = convert.Operand;
        }

        switch (body)
        {
            case MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression }:
                return property;
            case MethodCallExpression call when call.Object is ParameterExpression:
                return call.Method;
            default:
                configuration.Errors.Add(CodeFirstErrors.UnsupportedMemberExpression(type, expression.ToString()));
                return null;
        }
    }

    /// <summary>
    /// The member and the declarations it implements or overrides (interface members, abstract or virtual base members),
    /// so <c>[ID]</c>, names and descriptions given on an interface hold for its implementations too.
    /// </summary>
    public static ICustomAttributeProvider[] WithDeclarations(MemberInfo member)
    {
        var accessor = member switch
        {
            PropertyInfo property => property.GetMethod,
            MethodInfo method => method,
            _ => null,
        };
        var type = member.ReflectedType;
        if (accessor is null || type is null || type.IsInterface)
        {
            return [member];
        }

        var declarations = new List<ICustomAttributeProvider> { member };
        var baseDefinition = accessor.GetBaseDefinition();
        if (baseDefinition != accessor)
        {
            AddDeclaration(declarations, member, baseDefinition);
        }

        foreach (var implemented in type.GetInterfaces())
        {
            var map = type.GetInterfaceMap(implemented);
            var index = Array.IndexOf(map.TargetMethods, accessor);
            if (index >= 0)
            {
                AddDeclaration(declarations, member, map.InterfaceMethods[index]);
            }
        }

        return [.. declarations];
    }

    /// <summary>The first value <paramref name="read"/> finds on the providers, in order.</summary>
    public static T? First<T>(ICustomAttributeProvider[] providers, Func<ICustomAttributeProvider, T?> read)
        where T : class
    {
        foreach (var provider in providers)
        {
            if (read(provider) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    public static bool IsIgnored(ICustomAttributeProvider member) => member.IsDefined(typeof(GraphQLIgnoreAttribute), false);

    public static string? GraphQLName(ICustomAttributeProvider member) => Attribute<GraphQLNameAttribute>(member)?.Name;

    public static string? Description(ICustomAttributeProvider member) => Attribute<GraphQLDescriptionAttribute>(member)?.Description;

    /// <summary>The reason of <see cref="GraphQLDeprecatedAttribute"/>, or of <see cref="ObsoleteAttribute"/>.</summary>
    public static string? DeprecationReason(ICustomAttributeProvider member)
    {
        if (Attribute<GraphQLDeprecatedAttribute>(member) is { } deprecated)
        {
            return deprecated.Reason;
        }

        return Attribute<ObsoleteAttribute>(member) is { } obsolete
            ? string.IsNullOrEmpty(obsolete.Message) ? "No longer supported." : obsolete.Message
            : null;
    }

    public static T? Attribute<T>(ICustomAttributeProvider member)
        where T : Attribute
    {
        var attributes = member.GetCustomAttributes(typeof(T), false);
        return attributes.Length > 0 ? (T)attributes[0] : null;
    }

    /// <summary><c>Type.Member</c> for error messages.</summary>
    public static string Display(MemberInfo member) =>
        Naming.ShortDisplay(member.ReflectedType ?? member.DeclaringType!) + "." + member.Name;

    /// <summary><c>Type.Method(parameter)</c> for error messages.</summary>
    public static string Display(ParameterInfo parameter) =>
        parameter.Member is ConstructorInfo constructor
            ? Naming.ShortDisplay(constructor.DeclaringType!) + "(" + parameter.Name + ")"
            : Display(parameter.Member) + "(" + parameter.Name + ")";

    private static void AddDeclaration(List<ICustomAttributeProvider> declarations, MemberInfo member, MethodInfo declaration)
    {
        if (member is not PropertyInfo)
        {
            declarations.Add(declaration);
            return;
        }

        var property = declaration.DeclaringType!
            .GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .FirstOrDefault(candidate => candidate.GetMethod == declaration);
        if (property is not null)
        {
            declarations.Add(property);
        }
    }

    private static IEnumerable<Type> WithBaseInterfaces(Type type)
    {
        yield return type;
        if (type.IsInterface)
        {
            foreach (var inherited in type.GetInterfaces())
            {
                yield return inherited;
            }
        }
    }

    /// <summary>Members the framework declares (on <c>object</c>, <c>Exception</c>, collections…) never become fields.</summary>
    private static bool IsFrameworkMember(MemberInfo member)
    {
        var ns = member.DeclaringType?.Namespace;
        return member.DeclaringType == typeof(object) ||
            (ns is not null && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) ||
                                ns.StartsWith("Microsoft.", StringComparison.Ordinal)));
    }
}
