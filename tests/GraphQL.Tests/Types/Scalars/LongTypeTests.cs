using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class LongTypeTests
{
    private static readonly ScalarType Long = Scalars.Long;

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-0", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Literal_ints_in_64_bit_range_coerce(string source, long expected) => Long.Literal(source).Should().Be(expected);

    [Theory]
    [InlineData("9223372036854775808", "Long cannot represent non 64-bit signed integer value: 9223372036854775808")]
    [InlineData("1.5", "Long cannot represent non-integer value: 1.5")]
    [InlineData("1e3", "Long cannot represent non-integer value: 1e3")]
    [InlineData("\"1\"", "Long cannot represent non-integer value: \"1\"")]
    public void Literal_other_values_fail(string source, string message) => Long.LiteralFails(source, message);

    public static TheoryData<object, long> ValidInputs => new()
    {
        { 1, 1L },
        { long.MaxValue, long.MaxValue },
        { 1.0, 1L },
        { 9_007_199_254_740_992.0, 9_007_199_254_740_992L },
        { 12m, 12L },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void Input_integral_numbers_coerce(object value, long expected) => Long.CoerceInputValue(value).Should().Be(expected);

    public static TheoryData<object, string> InvalidInputs => new()
    {
        { 1.5, "Long cannot represent non-integer value: 1.5" },
        { 9.3e18, "Long cannot represent non 64-bit signed integer value: 9.3E+18" },
        { ulong.MaxValue, "Long cannot represent non 64-bit signed integer value: 18446744073709551615" },
        { "1", "Long cannot represent non-integer value: \"1\"" },
        { true, "Long cannot represent non-integer value: true" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Input_other_values_fail(object value, string message) => Long.InputFails(value, message);

    [Fact]
    public void Output_serializes_as_a_64_bit_number()
    {
        Long.CoerceOutputValue(5).Should().Be(5L);
        Long.CoerceOutputValue(long.MinValue).Should().Be(long.MinValue);
        Long.CoerceOutputValue("9223372036854775807").Should().Be(long.MaxValue);
        Long.CoerceOutputValue(3.0).Should().Be(3L);
        Long.OutputFails(1.5, "Long cannot represent non-integer value: 1.5");
        Long.OutputFails("abc", "Long cannot represent non-integer value: \"abc\"");
        Long.OutputFails(1e19, "Long cannot represent non 64-bit signed integer value: 1E+19");
    }
}
