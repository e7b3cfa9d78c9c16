namespace GraphQL.Language.Ast;

/// <summary>
/// <c>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Schema-Extension">§3.3.2 Schema Extension</see>).
/// </summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}
