namespace GraphQL.Language.Ast;

/// <summary>
/// <c>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Language.Fragments">§2.8 Fragments</see>).
/// </summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary><c>FragmentName : Name but not on</c>.</summary>
    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}
