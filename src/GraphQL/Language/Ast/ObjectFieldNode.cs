namespace GraphQL.Language.Ast;

/// <summary>
/// <c>ObjectField[Const] : Name : Value[?Const]</c>
/// (<see href="https://spec.graphql.org/September2025/#ObjectField">§2.9.8 Input Object Values</see>).
/// </summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
