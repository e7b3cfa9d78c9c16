using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>A constructor parameter or settable property that becomes an input field.</summary>
internal sealed class InputMember
{
    public required string ClrName { get; init; }

    /// <summary>The GraphQL field name: <see cref="GraphQLNameAttribute"/> or camelCase.</summary>
    public required string Name { get; init; }

    public required Type Type { get; init; }

    public required NullabilityInfo Nullability { get; init; }

    public required PropertyInfo Property { get; init; }

    /// <summary>The constructor parameter that sets it; <c>null</c> for a property set after construction.</summary>
    public ParameterInfo? Parameter { get; init; }

    public required ICustomAttributeProvider[] Attributes { get; init; }

    public bool IsIgnored { get; init; }

    public string Display => Naming.ShortDisplay(Property.ReflectedType!) + "." + ClrName;
}
