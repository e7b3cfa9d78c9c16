using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class BooleanTypeTests
{
    private static readonly ScalarType Boolean = Scalars.Boolean;

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Literal_booleans_coerce(string source, bool expected) => Boolean.Literal(source).Should().Be(expected);

    [Theory]
    [InlineData("1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("\"true\"", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("TRUE", "Boolean cannot represent a non boolean value: TRUE")]
    public void Literal_non_booleans_fail(string source, string message) => Boolean.LiteralFails(source, message);

    [Fact]
    public void Input_booleans_coerce_and_nothing_else_does()
    {
        Boolean.CoerceInputValue(true).Should().Be(true);
        Boolean.CoerceInputValue(false).Should().Be(false);
        Boolean.InputFails(1, "Boolean cannot represent a non boolean value: 1");
        Boolean.InputFails(0L, "Boolean cannot represent a non boolean value: 0");
        Boolean.InputFails("true", "Boolean cannot represent a non boolean value: \"true\"");
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(-2.5, true)]
    public void Output_booleans_and_numbers_serialize(object value, bool expected) =>
        Boolean.CoerceOutputValue(value).Should().Be(expected);

    [Fact]
    public void Output_of_text_and_nan_fails()
    {
        Boolean.OutputFails("true", "Boolean cannot represent a non boolean value: \"true\"");
        Boolean.OutputFails(double.NaN, "Boolean cannot represent a non boolean value: NaN");
    }

    [Fact]
    public void Value_to_literal_writes_a_boolean_literal() =>
        Boolean.ValueToLiteral(true).Should().BeOfType<BooleanValueNode>().Which.Value.Should().BeTrue();
}
