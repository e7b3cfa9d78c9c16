namespace GraphQL.Language.Ast;

/// <summary>
/// <c>FragmentSpread : ... FragmentName Directives?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Language.Fragments">§2.8 Fragments</see>).
/// </summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public required NameNode Name { get; init; }
}
