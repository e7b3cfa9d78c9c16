namespace GraphQL.Language.Ast;

/// <summary>
/// <c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c>
/// (<see href="https://spec.graphql.org/September2025/#Definition">§2.2 Document</see>).
/// </summary>
public abstract class DefinitionNode : SyntaxNode
{
}
