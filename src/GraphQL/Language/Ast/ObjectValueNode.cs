namespace GraphQL.Language.Ast;

/// <summary>
/// <c>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Input-Object-Values">§2.9.8 Input Object Values</see>).
/// </summary>
public sealed class ObjectValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = [];
}
