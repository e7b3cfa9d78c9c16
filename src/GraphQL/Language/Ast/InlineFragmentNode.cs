namespace GraphQL.Language.Ast;

/// <summary>
/// <c>InlineFragment : ... TypeCondition? Directives? SelectionSet</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Inline-Fragments">§2.8.2 Inline Fragments</see>).
/// </summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary><c>TypeCondition : on NamedType</c>; null when the fragment has none.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
