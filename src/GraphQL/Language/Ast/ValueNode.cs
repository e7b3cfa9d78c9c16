namespace GraphQL.Language.Ast;

/// <summary>
/// <c>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Input-Values">§2.9 Input Values</see>).
/// </summary>
public abstract class ValueNode : SyntaxNode
{
}
