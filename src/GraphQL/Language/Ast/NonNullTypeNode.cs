namespace GraphQL.Language.Ast;

/// <summary>
/// <c>NonNullType : NamedType ! | ListType !</c>
/// (<see href="https://spec.graphql.org/September2025/#NonNullType">§2.11 Type References</see>).
/// </summary>
public sealed class NonNullTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>A <see cref="NamedTypeNode"/> or <see cref="ListTypeNode"/>; the grammar forbids <c>!!</c>.</summary>
    public required TypeNode Type { get; init; }
}
