namespace GraphQL.Language.Ast;

/// <summary>
/// <c>TypeSystemExtension : SchemaExtension | TypeExtension</c>
/// (<see href="https://spec.graphql.org/September2025/#TypeSystemExtension">§3.1 Type System Extensions</see>).
/// Extensions carry no description (§3.2).
/// </summary>
public abstract class TypeSystemExtensionNode : DefinitionNode, IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
