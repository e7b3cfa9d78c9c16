using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class UuidTypeTests
{
    private const string Canonical = "123e4567-e89b-12d3-a456-426614174000";
    private static readonly ScalarType Uuid = Scalars.Uuid;
    private static readonly Guid Expected = Guid.Parse(Canonical);

    [Theory]
    [InlineData("123e4567-e89b-12d3-a456-426614174000")]
    [InlineData("123E4567-E89B-12D3-A456-426614174000")]
    [InlineData("123e4567-E89B-12d3-A456-426614174000")]
    public void Canonical_forms_in_either_case_coerce_from_literals_and_variables(string text)
    {
        Uuid.Literal($"\"{text}\"").Should().Be(Expected);
        Uuid.CoerceInputValue(text).Should().Be(Expected);
    }

    [Theory]
    [InlineData("{123e4567-e89b-12d3-a456-426614174000}")]
    [InlineData("(123e4567-e89b-12d3-a456-426614174000)")]
    [InlineData("123e4567e89b12d3a456426614174000")]
    [InlineData("urn:uuid:123e4567-e89b-12d3-a456-426614174000")]
    [InlineData("123e4567-e89b-12d3-a456-42661417400")]
    [InlineData("123e4567-e89b-12d3-a456-4266141740000")]
    [InlineData("g23e4567-e89b-12d3-a456-426614174000")]
    [InlineData(" 123e4567-e89b-12d3-a456-426614174000")]
    [InlineData("123e4567-e89b12d3-a456-426614174000")]
    [InlineData("")]
    public void Other_forms_fail(string text)
    {
        var message = $"UUID cannot represent value: \"{text}\"; expected 8-4-4-4-12 hexadecimal digits such as \"123e4567-e89b-12d3-a456-426614174000\".";
        Uuid.LiteralFails($"\"{text}\"", message);
        Uuid.InputFails(text, message);
    }

    [Fact]
    public void Non_strings_fail()
    {
        Uuid.LiteralFails("123", "UUID cannot represent a non string value: 123");
        Uuid.InputFails(123, "UUID cannot represent a non string value: 123");
    }

    [Fact]
    public void Output_is_the_lowercase_canonical_form()
    {
        Uuid.CoerceOutputValue(Expected).Should().Be(Canonical);
        Uuid.CoerceOutputValue("123E4567-E89B-12D3-A456-426614174000").Should().Be(Canonical);
        Uuid.OutputFails(42, "UUID cannot represent value: 42");
    }

    [Fact]
    public void Is_specified_by_the_uuid_rfc() => Uuid.SpecifiedByUrl.Should().Be("https://www.rfc-editor.org/rfc/rfc9562");

    [Fact]
    public void Value_to_literal_writes_a_string() =>
        Uuid.ValueToLiteral(Expected).Should().BeOfType<StringValueNode>().Which.Value.Should().Be(Canonical);
}
