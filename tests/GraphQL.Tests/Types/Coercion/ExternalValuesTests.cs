using System.Text.Json;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>JSON → external input values, the form variable coercion takes.</summary>
public sealed class ExternalValuesTests
{
    [Fact]
    public void Json_becomes_plain_values()
    {
        using var document = JsonDocument.Parse("""{"int": 1, "big": 12345678901234567890, "float": 1.5, "whole": 2.0, "text": "x", "yes": true, "none": null, "list": [1, [2]], "obj": {"a": {}}}""");

        ExternalValues.FromJson(document.RootElement).Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["int"] = 1L,
            ["big"] = 12345678901234567890d,
            ["float"] = 1.5,
            ["whole"] = 2.0,
            ["text"] = "x",
            ["yes"] = true,
            ["none"] = null,
            ["list"] = new object?[] { 1L, new object?[] { 2L } },
            ["obj"] = new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?>() },
        });
    }

    [Fact]
    public void Numbers_beyond_double_range_become_infinity_which_float_rejects()
    {
        using var document = JsonDocument.Parse("1e400");

        var value = ExternalValues.FromJson(document.RootElement);

        value.Should().Be(double.PositiveInfinity);
        FluentActions.Invoking(() => ValueCoercion.CoerceInputValue(value, Scalars.Float)).Should().Throw<GraphQLCoercionException>();
    }

    [Fact]
    public void Json_variables_coerce_end_to_end()
    {
        using var document = JsonDocument.Parse("""{"requiredField": true, "intField": 2.0, "stringListField": "single"}""");
        var complexInput = TestSchema.Schema.GetType<InputObjectType>("ComplexInput")!;

        var value = ValueCoercion.CoerceInputValue(ExternalValues.FromJson(document.RootElement), complexInput);

        value.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["requiredField"] = true,
            ["nonNullField"] = false,
            ["intField"] = 2,
            ["stringListField"] = new object?[] { "single" },
            ["enumField"] = "BROWN",
        });
    }

    [Fact]
    public void Paths_format_with_an_optional_root()
    {
        InputCoercionError.FormatPath(["a", 0, "b"]).Should().Be("a[0].b");
        InputCoercionError.FormatPath([1, "b"], "input").Should().Be("input[1].b");
        InputCoercionError.FormatPath([]).Should().BeEmpty();
    }
}
