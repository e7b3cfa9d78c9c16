namespace GraphQL.Language.Ast;

/// <summary>
/// <c>Directive[Const] : @ Name Arguments[?Const]?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Language.Directives">§2.12 Directives</see>).
/// </summary>
public sealed class DirectiveNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
