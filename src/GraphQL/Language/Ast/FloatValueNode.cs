namespace GraphQL.Language.Ast;

/// <summary>
/// <c>FloatValue :: IntegerPart FractionalPart? ExponentPart?</c> (at least one of the two)
/// (<see href="https://spec.graphql.org/September2025/#sec-Float-Value">§2.9.2 Float Value</see>).
/// </summary>
public sealed class FloatValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal as written, so no precision is lost before coercion.</summary>
    public required string Value { get; init; }
}
