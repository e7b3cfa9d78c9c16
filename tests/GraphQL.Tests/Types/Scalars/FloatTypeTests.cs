using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class FloatTypeTests
{
    private static readonly ScalarType Float = Scalars.Float;

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("-0", 0.0)]
    [InlineData("1.5", 1.5)]
    [InlineData("-0.0", -0.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1.5E-3", 0.0015)]
    [InlineData("9007199254740993", 9007199254740992.0)]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    public void Literal_int_and_float_values_coerce(string source, double expected) =>
        Float.Literal(source).Should().Be(expected);

    [Theory]
    [InlineData("1e400", "Float cannot represent a value outside the double-precision range: 1e400")]
    [InlineData("\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("true", "Float cannot represent non numeric value: true")]
    [InlineData("NaN", "Float cannot represent non numeric value: NaN")]
    [InlineData("[1.5]", "Float cannot represent non numeric value: [1.5]")]
    public void Literal_non_numeric_values_fail(string source, string message) => Float.LiteralFails(source, message);

    public static TheoryData<object, double> ValidInputs => new()
    {
        { 1, 1.0 },
        { 1L, 1.0 },
        { 1.5, 1.5 },
        { 1.5f, 1.5 },
        { 1.5m, 1.5 },
        { double.MaxValue, double.MaxValue },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void Input_numbers_coerce_including_integers(object value, double expected) =>
        Float.CoerceInputValue(value).Should().Be(expected);

    public static TheoryData<object, string> InvalidInputs => new()
    {
        { double.NaN, "Float cannot represent non numeric value: NaN" },
        { double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
        { double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity" },
        { "1.5", "Float cannot represent non numeric value: \"1.5\"" },
        { true, "Float cannot represent non numeric value: true" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Input_non_numbers_and_non_finite_values_fail(object value, string message) => Float.InputFails(value, message);

    public static TheoryData<object, double> ValidOutputs => new()
    {
        { 1.5, 1.5 },
        { 2, 2.0 },
        { 3L, 3.0 },
        { 0.25m, 0.25 },
        { "1.5", 1.5 },
        { true, 1.0 },
    };

    [Theory]
    [MemberData(nameof(ValidOutputs))]
    public void Output_numbers_serialize_as_double(object value, double expected) =>
        Float.CoerceOutputValue(value).Should().Be(expected);

    public static TheoryData<object, string> InvalidOutputs => new()
    {
        { double.NaN, "Float cannot represent non numeric value: NaN" },
        { double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
        { "abc", "Float cannot represent non numeric value: \"abc\"" },
        { "Infinity", "Float cannot represent non numeric value: \"Infinity\"" },
    };

    [Theory]
    [MemberData(nameof(InvalidOutputs))]
    public void Output_nan_infinity_and_text_fail(object value, string message) => Float.OutputFails(value, message);

    [Fact]
    public void Value_to_literal_writes_an_int_literal_for_integral_values_and_a_float_literal_otherwise()
    {
        Float.ValueToLiteral(2.0).Should().BeOfType<IntValueNode>().Which.Value.Should().Be("2");
        Float.ValueToLiteral(1.5).Should().BeOfType<FloatValueNode>().Which.Value.Should().Be("1.5");
        Float.ValueToLiteral(1e25).Should().BeOfType<FloatValueNode>().Which.Value.Should().Be("1E+25");
    }
}
