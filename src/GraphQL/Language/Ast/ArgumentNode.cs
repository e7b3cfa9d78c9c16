namespace GraphQL.Language.Ast;

/// <summary>
/// <c>Argument[Const] : Name : Value[?Const]</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Language.Arguments">§2.6 Arguments</see>).
/// </summary>
public sealed class ArgumentNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
