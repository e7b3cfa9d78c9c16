namespace GraphQL.Language.Ast;

/// <summary>
/// <c>IntValue :: IntegerPart</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Int-Value">§2.9.1 Int Value</see>).
/// </summary>
public sealed class IntValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal as written; its range is only checked when coerced to a type (§3.5.1).</summary>
    public required string Value { get; init; }
}
