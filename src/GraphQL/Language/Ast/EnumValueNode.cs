namespace GraphQL.Language.Ast;

/// <summary>
/// <c>EnumValue : Name but not true, false or null</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Enum-Value">§2.9.6 Enum Value</see>).
/// </summary>
public sealed class EnumValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public required string Value { get; init; }
}
