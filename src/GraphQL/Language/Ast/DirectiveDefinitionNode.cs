namespace GraphQL.Language.Ast;

/// <summary>
/// <c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Type-System.Directives">§3.13 Directives</see>).
/// </summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public bool Repeatable { get; init; }

    /// <summary>
    /// The location names as written; the parser accepts only names of <see cref="DirectiveLocation"/>
    /// (use <see cref="DirectiveLocationNames.TryParse"/> to convert).
    /// </summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
