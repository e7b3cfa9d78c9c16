namespace GraphQL.Language.Ast;

/// <summary>
/// <c>Selection : Field | FragmentSpread | InlineFragment</c>
/// (<see href="https://spec.graphql.org/September2025/#Selection">§2.4 Selection Sets</see>).
/// </summary>
public abstract class SelectionNode : SyntaxNode, IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
