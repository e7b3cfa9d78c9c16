namespace GraphQL.Language.Ast;

/// <summary>
/// <c>Name :: NameStart NameContinue*</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Names">§2.1.9 Names</see>).
/// </summary>
public sealed class NameNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Name;

    public required string Value { get; init; }
}
