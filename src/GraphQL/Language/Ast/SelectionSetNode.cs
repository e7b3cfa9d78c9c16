namespace GraphQL.Language.Ast;

/// <summary>
/// <c>SelectionSet : { Selection+ }</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Selection-Sets">§2.4 Selection Sets</see>).
/// </summary>
public sealed class SelectionSetNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}
