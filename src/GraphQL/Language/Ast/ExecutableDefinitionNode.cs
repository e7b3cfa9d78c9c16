namespace GraphQL.Language.Ast;

/// <summary>
/// <c>ExecutableDefinition : OperationDefinition | FragmentDefinition</c>
/// (<see href="https://spec.graphql.org/September2025/#ExecutableDefinition">§2.2.1 Executable Document</see>).
/// </summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>Descriptions on executable definitions are new in the September 2025 edition (§2.2.2).</summary>
    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}
