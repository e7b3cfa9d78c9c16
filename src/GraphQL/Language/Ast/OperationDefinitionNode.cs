namespace GraphQL.Language.Ast;

/// <summary>
/// <c>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Language.Operations">§2.3 Operations</see>).
/// The query shorthand parses to <see cref="OperationType.Query"/> with no name.
/// </summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public OperationType Operation { get; init; }

    public NameNode? Name { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}
