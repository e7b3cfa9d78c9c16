using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class IdTypeTests
{
    private static readonly ScalarType Id = Scalars.ID;

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("\"\"", "")]
    [InlineData("123", "123")]
    [InlineData("-1", "-1")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    public void Literal_strings_and_ints_coerce_to_a_string(string source, string expected) => Id.Literal(source).Should().Be(expected);

    [Theory]
    [InlineData("1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("true", "ID cannot represent a non-string and non-integer value: true")]
    [InlineData("ABC", "ID cannot represent a non-string and non-integer value: ABC")]
    public void Literal_other_values_fail(string source, string message) => Id.LiteralFails(source, message);

    public static TheoryData<object, string> ValidInputs => new()
    {
        { "abc", "abc" },
        { 123, "123" },
        { 123L, "123" },
        { -5, "-5" },
        { 7.0, "7" },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void Input_strings_and_integers_coerce_to_a_string(object value, string expected) =>
        Id.CoerceInputValue(value).Should().Be(expected);

    [Fact]
    public void Input_other_values_fail()
    {
        Id.InputFails(1.5, "ID cannot represent value: 1.5");
        Id.InputFails(true, "ID cannot represent value: true");
    }

    [Fact]
    public void Output_serializes_as_a_string()
    {
        Id.CoerceOutputValue("abc").Should().Be("abc");
        Id.CoerceOutputValue(42).Should().Be("42");
        Id.CoerceOutputValue(42L).Should().Be("42");
        Id.CoerceOutputValue(Guid.Parse("123E4567-E89B-12D3-A456-426614174000")).Should().Be("123e4567-e89b-12d3-a456-426614174000");
        Id.OutputFails(true, "ID cannot represent value: true");
        Id.OutputFails(1.5, "ID cannot represent value: 1.5");
    }
}
