namespace GraphQL.Language.Ast;

/// <summary>
/// <c>RootOperationTypeDefinition : OperationType : NamedType</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Root-Operation-Types">§3.3.1 Root Operation Types</see>).
/// </summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}
