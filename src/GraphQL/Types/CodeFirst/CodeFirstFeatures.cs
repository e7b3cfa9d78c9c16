using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// What the code-first builder records on the schema for later layers (projections, filtering, tooling): the CLR type
/// behind a named type and the CLR member behind a field or input field, in <see cref="SchemaElement.Features"/>.
/// </summary>
public static class CodeFirstFeatures
{
    /// <summary>The feature key of the CLR type of an object, interface, input object or enum type.</summary>
    public const string ClrTypeKey = "GraphQL.CodeFirst.ClrType";

    /// <summary>The feature key of the CLR property, method or constructor parameter behind a field or input field.</summary>
    public const string MemberKey = "GraphQL.CodeFirst.Member";

    /// <summary>The CLR type a code-first named type was made from, or <c>null</c>.</summary>
    public static Type? GetClrType(INamedType type) =>
        type is SchemaElement { HasFeatures: true } element && element.Features.TryGetValue(ClrTypeKey, out var clrType) ? clrType as Type : null;

    /// <summary>The CLR member a code-first field or input field was made from (a <see cref="MemberInfo"/> or <see cref="ParameterInfo"/>), or <c>null</c>.</summary>
    public static object? GetMember(SchemaElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.HasFeatures && element.Features.TryGetValue(MemberKey, out var member) ? member : null;
    }
}
