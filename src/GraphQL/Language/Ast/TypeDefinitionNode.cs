namespace GraphQL.Language.Ast;

/// <summary>
/// <c>TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Types">§3.4 Types</see>).
/// </summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
