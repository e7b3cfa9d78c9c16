namespace GraphQL.Language.Ast;

/// <summary>
/// <c>ListValue[Const] : [ ] | [ Value[?Const]+ ]</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-List-Value">§2.9.7 List Value</see>).
/// </summary>
public sealed class ListValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; init; } = [];
}
