namespace GraphQL.Language.Ast;

/// <summary>
/// <c>NullValue : null</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Null-Value">§2.9.5 Null Value</see>).
/// </summary>
public sealed class NullValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
