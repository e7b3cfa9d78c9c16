using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class IntTypeTests
{
    private static readonly ScalarType Int = Scalars.Int;

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("123", 123)]
    [InlineData("-123", -123)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Literal_int_values_in_range_coerce(string source, int expected) =>
        Int.Literal(source).Should().Be(expected);

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("-2147483649", "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("99999999999999999999999", "Int cannot represent non 32-bit signed integer value: 99999999999999999999999")]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("1e3", "Int cannot represent non-integer value: 1e3")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    [InlineData("ONE", "Int cannot represent non-integer value: ONE")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    [InlineData("{a: 1}", "Int cannot represent non-integer value: {a: 1}")]
    public void Literal_non_int_values_fail(string source, string message) => Int.LiteralFails(source, message);

    public static TheoryData<object, int> ValidInputs => new()
    {
        { 1, 1 },
        { 1L, 1 },
        { (short)-7, -7 },
        { (byte)7, 7 },
        { 2147483647L, int.MaxValue },
        { 1.0, 1 },
        { -0.0, 0 },
        { 1e3, 1000 },
        { 5m, 5 },
        { 5.0f, 5 },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void Input_values_with_an_integral_value_in_range_coerce(object value, int expected) =>
        Int.CoerceInputValue(value).Should().Be(expected);

    public static TheoryData<object, string> InvalidInputs => new()
    {
        { 1.5, "Int cannot represent non-integer value: 1.5" },
        { 0.1m, "Int cannot represent non-integer value: 0.1" },
        { 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { -2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649" },
        { 1e100, "Int cannot represent non 32-bit signed integer value: 1E+100" },
        { ulong.MaxValue, "Int cannot represent non 32-bit signed integer value: 18446744073709551615" },
        { double.NaN, "Int cannot represent non-integer value: NaN" },
        { double.PositiveInfinity, "Int cannot represent non-integer value: Infinity" },
        { "1", "Int cannot represent non-integer value: \"1\"" },
        { true, "Int cannot represent non-integer value: true" },
        { new object?[] { 1 }, "Int cannot represent non-integer value: [1]" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Input_values_that_are_not_32_bit_integers_fail(object value, string message) => Int.InputFails(value, message);

    public static TheoryData<object, int> ValidOutputs => new()
    {
        { 1, 1 },
        { 1L, 1 },
        { 1.0, 1 },
        { -0.0, 0 },
        { "123", 123 },
        { "-1e2", -100 },
        { true, 1 },
        { false, 0 },
        { 42m, 42 },
    };

    [Theory]
    [MemberData(nameof(ValidOutputs))]
    public void Output_values_that_lose_no_information_serialize(object value, int expected) =>
        Int.CoerceOutputValue(value).Should().Be(expected);

    public static TheoryData<object, string> InvalidOutputs => new()
    {
        { 1.5, "Int cannot represent non-integer value: 1.5" },
        { "1.5", "Int cannot represent non-integer value: \"1.5\"" },
        { "abc", "Int cannot represent non-integer value: \"abc\"" },
        { 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { double.NaN, "Int cannot represent non-integer value: NaN" },
        { new object(), "Int cannot represent non-integer value: System.Object" },
    };

    [Theory]
    [MemberData(nameof(InvalidOutputs))]
    public void Output_values_that_would_lose_information_fail(object value, string message) => Int.OutputFails(value, message);

    [Fact]
    public void Value_to_literal_writes_an_int_literal() =>
        Int.ValueToLiteral(-5).Should().BeOfType<IntValueNode>().Which.Value.Should().Be("-5");
}
