using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class StringTypeTests
{
    private static readonly ScalarType String = Scalars.String;

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("\"\"", "")]
    [InlineData("\"\\u00e9\\n\"", "é\n")]
    [InlineData("\"\"\"\n  block\n  string\n\"\"\"", "block\nstring")]
    public void Literal_strings_coerce(string source, string expected) => String.Literal(source).Should().Be(expected);

    [Theory]
    [InlineData("1", "String cannot represent a non string value: 1")]
    [InlineData("1.5", "String cannot represent a non string value: 1.5")]
    [InlineData("true", "String cannot represent a non string value: true")]
    [InlineData("ABC", "String cannot represent a non string value: ABC")]
    [InlineData("[\"a\"]", "String cannot represent a non string value: [\"a\"]")]
    public void Literal_non_strings_fail(string source, string message) => String.LiteralFails(source, message);

    [Fact]
    public void Input_strings_coerce() => String.CoerceInputValue("abc").Should().Be("abc");

    [Theory]
    [InlineData(1, "String cannot represent a non string value: 1")]
    [InlineData(true, "String cannot represent a non string value: true")]
    [InlineData(1.5, "String cannot represent a non string value: 1.5")]
    public void Input_non_strings_fail(object value, string message) => String.InputFails(value, message);

    public static TheoryData<object, string> ValidOutputs => new()
    {
        { "abc", "abc" },
        { true, "true" },
        { false, "false" },
        { 42, "42" },
        { -1.5, "-1.5" },
        { 1.5m, "1.5" },
        { 'x', "x" },
        { Guid.Parse("123e4567-e89b-12d3-a456-426614174000"), "123e4567-e89b-12d3-a456-426614174000" },
        { DayOfWeek.Monday, "Monday" },
    };

    [Theory]
    [MemberData(nameof(ValidOutputs))]
    public void Output_values_serialize_as_text(object value, string expected) => String.CoerceOutputValue(value).Should().Be(expected);

    [Fact]
    public void Output_of_other_objects_fails()
    {
        String.OutputFails(new object(), "String cannot represent value: System.Object");
        String.OutputFails(new object?[] { 1, "a" }, "String cannot represent value: [1, \"a\"]");
        String.OutputFails(double.NaN, "String cannot represent value: NaN");
    }

    [Fact]
    public void Value_to_literal_writes_a_string_literal() =>
        String.ValueToLiteral("a\"b").Should().BeOfType<StringValueNode>().Which.Value.Should().Be("a\"b");
}
