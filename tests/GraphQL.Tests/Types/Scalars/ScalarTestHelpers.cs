using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>Shorthands for scalar coercion tests: literals are written as GraphQL source.</summary>
internal static class ScalarTestHelpers
{
    public static object Literal(this ILeafType type, string source) => type.CoerceInputLiteral(Parser.ParseValue(source));

    public static void LiteralFails(this ILeafType type, string source, string message) =>
        FluentActions.Invoking(() => type.Literal(source))
            .Should().Throw<GraphQLCoercionException>().Which.Message.Should().Be(message);

    public static void InputFails(this ILeafType type, object value, string message) =>
        FluentActions.Invoking(() => type.CoerceInputValue(value))
            .Should().Throw<GraphQLCoercionException>().Which.Message.Should().Be(message);

    public static void OutputFails(this ILeafType type, object value, string message) =>
        FluentActions.Invoking(() => type.CoerceOutputValue(value))
            .Should().Throw<GraphQLCoercionException>().Which.Message.Should().Be(message);
}
