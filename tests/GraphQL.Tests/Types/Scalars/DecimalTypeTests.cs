using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class DecimalTypeTests
{
    private static readonly ScalarType Decimal = Scalars.Decimal;

    public static TheoryData<string, decimal> ValidLiterals => new()
    {
        { "1", 1m },
        { "-1.5", -1.5m },
        { "1e3", 1000m },
        { "\"0.1\"", 0.1m },
        { "\"1.2345678901234567890123456789\"", 1.2345678901234567890123456789m },
        { "79228162514264337593543950335", decimal.MaxValue },
    };

    [Theory]
    [MemberData(nameof(ValidLiterals))]
    public void Literal_numbers_and_numeric_strings_coerce(string source, decimal expected) => Decimal.Literal(source).Should().Be(expected);

    [Theory]
    [InlineData("1e40", "Decimal cannot represent value: 1e40")]
    [InlineData("\"abc\"", "Decimal cannot represent value: \"abc\"")]
    [InlineData("true", "Decimal cannot represent non-numeric value: true")]
    [InlineData("[1]", "Decimal cannot represent non-numeric value: [1]")]
    public void Literal_other_values_fail(string source, string message) => Decimal.LiteralFails(source, message);

    public static TheoryData<object, decimal> ValidInputs => new()
    {
        { 1, 1m },
        { 5L, 5m },
        { 0.1, 0.1m },
        { 2.5m, 2.5m },
        { "123.456", 123.456m },
        { "-1e-2", -0.01m },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void Input_numbers_and_numeric_strings_coerce(object value, decimal expected) =>
        Decimal.CoerceInputValue(value).Should().Be(expected);

    public static TheoryData<object, string> InvalidInputs => new()
    {
        { "abc", "Decimal cannot represent value: \"abc\"" },
        { double.NaN, "Decimal cannot represent value: NaN" },
        { 1e30, "Decimal cannot represent value: 1E+30" },
        { true, "Decimal cannot represent value: true" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Input_other_values_fail(object value, string message) => Decimal.InputFails(value, message);

    [Fact]
    public void Output_serializes_as_a_decimal_number()
    {
        Decimal.CoerceOutputValue(2.50m).Should().Be(2.50m);
        Decimal.CoerceOutputValue(3).Should().Be(3m);
        Decimal.CoerceOutputValue("0.1").Should().Be(0.1m);
        Decimal.OutputFails("x", "Decimal cannot represent value: \"x\"");
    }

    [Fact]
    public void Value_to_literal_keeps_every_digit() =>
        Decimal.ValueToLiteral(1.2345678901234567890123456789m).Should().BeOfType<FloatValueNode>()
            .Which.Value.Should().Be("1.2345678901234567890123456789");
}
