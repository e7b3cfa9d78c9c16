namespace GraphQL.Language.Ast;

/// <summary>
/// <c>NamedType : Name</c>
/// (<see href="https://spec.graphql.org/September2025/#NamedType">§2.11 Type References</see>).
/// </summary>
public sealed class NamedTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public required NameNode Name { get; init; }
}
