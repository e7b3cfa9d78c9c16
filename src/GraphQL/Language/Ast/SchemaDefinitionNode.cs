namespace GraphQL.Language.Ast;

/// <summary>
/// <c>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Schema">§3.3 Schema</see>).
/// </summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}
