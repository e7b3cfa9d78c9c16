using System.Text.Json;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class JsonTypeTests
{
    private static readonly ScalarType Json = Scalars.Json;

    [Fact]
    public void Literal_of_any_shape_becomes_plain_values()
    {
        var value = Json.Literal("""{a: 1, b: [true, null, "x", 2.5], c: {d: {e: ENUM_VALUE}}, big: 123456789012345678901234}""");

        value.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["a"] = 1L,
            ["b"] = new object?[] { true, null, "x", 2.5 },
            ["c"] = new Dictionary<string, object?> { ["d"] = new Dictionary<string, object?> { ["e"] = "ENUM_VALUE" } },
            ["big"] = 123456789012345678901234d,
        });
    }

    [Theory]
    [InlineData("\"text\"", "text")]
    [InlineData("42", 42L)]
    [InlineData("-1.5", -1.5)]
    [InlineData("false", false)]
    public void Literal_scalars_become_their_values(string source, object expected) => Json.Literal(source).Should().Be(expected);

    [Fact]
    public void Literal_variables_inside_take_their_values_and_missing_ones_are_absent_or_null()
    {
        var literal = GraphQL.Language.Parser.ParseValue("""{a: $x, b: [$y, $missing], c: $missing, d: {e: $x}}""");
        var variables = new Dictionary<string, object?> { ["x"] = 1, ["y"] = "s" };

        var value = Json.CoerceInputLiteral(literal, variables);

        value.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["a"] = 1,
            ["b"] = new object?[] { "s", null },
            ["d"] = new Dictionary<string, object?> { ["e"] = 1 },
        });
    }

    [Fact]
    public void Literal_numbers_beyond_double_range_fail() =>
        Json.LiteralFails("[1e999]", "JSON cannot represent a number outside the double-precision range: 1e999");

    [Fact]
    public void Input_values_pass_through_and_json_elements_are_converted()
    {
        var dictionary = new Dictionary<string, object?> { ["a"] = new object?[] { 1L } };
        Json.CoerceInputValue(dictionary).Should().BeSameAs(dictionary);

        using var document = JsonDocument.Parse("""{"a": [1, 2.5, "x", null, {"b": true}]}""");
        Json.CoerceInputValue(document.RootElement).Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["a"] = new object?[] { 1L, 2.5, "x", null, new Dictionary<string, object?> { ["b"] = true } },
        });
    }

    [Fact]
    public void Output_passes_values_through()
    {
        var value = new Dictionary<string, object?> { ["nested"] = new List<object?> { 1, "two" } };
        Json.CoerceOutputValue(value).Should().BeSameAs(value);
        Json.CoerceOutputValue(3.5).Should().Be(3.5);
    }

    [Fact]
    public void Value_to_literal_writes_objects_and_lists()
    {
        var literal = Json.ValueToLiteral(new Dictionary<string, object?> { ["a"] = new object?[] { 1L, "x", null, 1.5 } });

        var field = literal.Should().BeOfType<ObjectValueNode>().Which.Fields.Should().ContainSingle().Subject;
        field.Name.Value.Should().Be("a");
        var items = field.Value.Should().BeOfType<ListValueNode>().Which.Values;
        items.Select(item => item.Kind).Should().Equal(SyntaxKind.IntValue, SyntaxKind.StringValue, SyntaxKind.NullValue, SyntaxKind.FloatValue);
    }
}
