namespace GraphQL.Language.Ast;

/// <summary>
/// <c>Document : Definition+</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Document">§2.2 Document</see>).
/// </summary>
public sealed class DocumentNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;

    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
}
