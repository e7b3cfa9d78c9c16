namespace GraphQL.Language.Ast;

/// <summary>
/// <c>BooleanValue : one of true false</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Boolean-Value">§2.9.3 Boolean Value</see>).
/// </summary>
public sealed class BooleanValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; init; }
}
