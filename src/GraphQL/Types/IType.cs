namespace GraphQL.Types;

/// <summary>
/// Any type a field, argument or variable can have: a named type, or a list or non-null type wrapping one
/// (<see href="https://spec.graphql.org/September2025/#sec-Types">§3.4 Types</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Wrapping-Types">§3.4.2 Wrapping Types</see>).
/// </summary>
/// <remarks>
/// <see cref="object.ToString"/> prints the type as written in a document (<c>[Int!]!</c>).
/// Named types compare by reference; wrapping types compare structurally.
/// </remarks>
public interface IType
{
    /// <summary>The kind as reported by introspection (<c>__Type.kind</c>).</summary>
    TypeKind Kind { get; }
}
