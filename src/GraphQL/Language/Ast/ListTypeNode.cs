namespace GraphQL.Language.Ast;

/// <summary>
/// <c>ListType : [ Type ]</c>
/// (<see href="https://spec.graphql.org/September2025/#ListType">§2.11 Type References</see>).
/// </summary>
public sealed class ListTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public required TypeNode Type { get; init; }
}
