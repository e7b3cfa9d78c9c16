using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>§3.10–§3.12 input coercion of literals (arguments, default values), with variables, over the shared test schema.</summary>
public sealed class CoerceInputLiteralTests
{
    private static readonly Schema Schema = TestSchema.Schema;
    private static readonly InputObjectType ComplexInput = Schema.GetType<InputObjectType>("ComplexInput")!;
    private static readonly InputObjectType PetByInput = Schema.GetType<InputObjectType>("PetByInput")!;

    [Fact]
    public void An_input_object_literal_fills_in_defaults()
    {
        Coerce("{requiredField: true, stringListField: [\"a\", null]}", ComplexInput).Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["requiredField"] = true,
            ["nonNullField"] = false,
            ["stringListField"] = new object?[] { "a", null },
            ["enumField"] = "BROWN",
        });
    }

    [Fact]
    public void Null_for_a_non_null_type_fails() =>
        ShouldFail("null", Scalars.Int.NonNull(), "Expected value of type \"Int!\", found null.");

    [Fact]
    public void A_scalar_failure_names_the_location_type_and_the_literal() =>
        ShouldFail("{requiredField: \"yes\"}", ComplexInput,
            "At \"requiredField\": Expected value of type \"Boolean!\", found \"yes\"; Boolean cannot represent a non boolean value: \"yes\"");

    [Fact]
    public void A_non_object_literal_for_an_input_object_fails() =>
        ShouldFail("1", ComplexInput, "Expected value of type \"ComplexInput\", found 1.");

    [Fact]
    public void Missing_and_unknown_fields_are_reported_with_the_node()
    {
        var literal = Parser.ParseValue("{nested: {intField: 1.5}, bogus: 1}");

        ValueCoercion.TryCoerceInputLiteral(literal, ComplexInput, null, out _, out var errors).Should().BeFalse();

        errors.Select(error => error.Message).Should().Equal(
            "At \"nested.intField\": Expected value of type \"Int\", found 1.5; Int cannot represent non-integer value: 1.5",
            "At \"nested\": Field \"requiredField\" of required type \"Boolean!\" was not provided.",
            "Field \"bogus\" is not defined by type \"ComplexInput\".",
            "Field \"requiredField\" of required type \"Boolean!\" was not provided.");
        errors[0].Node.Should().BeOfType<FloatValueNode>();
        errors[0].Node!.Location.Line.Should().Be(1);
    }

    [Fact]
    public void A_single_literal_for_a_list_type_becomes_a_list_of_one()
    {
        Coerce("1", Scalars.Int.List()).Should().BeEquivalentTo(new object?[] { 1 });
        Coerce("[[1], 2]", Scalars.Int.List().List()).Should().BeEquivalentTo(new object?[] { new object?[] { 1 }, new object?[] { 2 } });
    }

    [Fact]
    public void Variables_take_their_coerced_values()
    {
        var variables = new Dictionary<string, object?> { ["int"] = 5, ["list"] = new object?[] { "x" } };

        Coerce("{requiredField: true, intField: $int, stringListField: $list}", ComplexInput, variables)
            .Should().BeEquivalentTo(new Dictionary<string, object?>
            {
                ["requiredField"] = true,
                ["nonNullField"] = false,
                ["intField"] = 5,
                ["stringListField"] = new object?[] { "x" },
                ["enumField"] = "BROWN",
            });
    }

    [Fact]
    public void A_missing_variable_leaves_a_field_absent_so_its_default_applies()
    {
        Coerce("{requiredField: true, enumField: $missing}", ComplexInput, new Dictionary<string, object?>())
            .Should().BeEquivalentTo(new Dictionary<string, object?>
            {
                ["requiredField"] = true,
                ["nonNullField"] = false,
                ["enumField"] = "BROWN",
            });

        ShouldFail("{requiredField: $missing}", ComplexInput, "Field \"requiredField\" of required type \"Boolean!\" was not provided.");
    }

    [Fact]
    public void A_missing_variable_in_a_list_is_null()
    {
        Coerce("[1, $missing]", Scalars.Int.List()).Should().BeEquivalentTo(new object?[] { 1, null });
        ShouldFail("[1, $missing]", Scalars.Int.NonNull().List(), "At \"[1]\": Expected value of type \"Int!\", found null.");
    }

    [Fact]
    public void A_null_variable_in_a_non_null_position_fails()
    {
        var variables = new Dictionary<string, object?> { ["x"] = null };
        ValueCoercion.TryCoerceInputLiteral(Parser.ParseValue("[$x]"), Scalars.Int.NonNull().List(), variables, out _, out var errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.Message.Should().Be("At \"[0]\": Variable \"$x\" of non-null type \"Int!\" must not be null.");
    }

    [Fact]
    public void A_missing_top_level_variable_counts_as_null() =>
        Coerce("$missing", Scalars.Int).Should().BeNull();

    [Fact]
    public void One_of_literals_need_exactly_one_non_null_field()
    {
        Coerce("{name: \"Rex\"}", PetByInput).Should().BeEquivalentTo(new Dictionary<string, object?> { ["name"] = "Rex" });
        ShouldFail("{}", PetByInput, "OneOf Input Object \"PetByInput\" must specify exactly one key.");
        ShouldFail("{id: 1, name: \"Rex\"}", PetByInput, "OneOf Input Object \"PetByInput\" must specify exactly one key.");
        ShouldFail("{id: null}", PetByInput, "Field \"PetByInput.id\" must be non-null.");
    }

    [Fact]
    public void One_of_literals_with_variables()
    {
        ShouldFail("{id: $missing}", PetByInput, "OneOf Input Object \"PetByInput\" must specify exactly one key.");
        ValueCoercion.TryCoerceInputLiteral(Parser.ParseValue("{id: $x}"), PetByInput, new Dictionary<string, object?> { ["x"] = null }, out _, out var errors)
            .Should().BeFalse();
        errors.Should().ContainSingle().Which.Message.Should().Be("Field \"PetByInput.id\" must be non-null.");
    }

    [Fact]
    public void Nested_one_of_field_input_objects_get_their_defaults() =>
        Coerce("{owner: {name: \"Ann\"}}", PetByInput).Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["owner"] = new Dictionary<string, object?> { ["name"] = "Ann", ["age"] = 30 },
        });

    [Fact]
    public void Custom_scalars_coerce_through_their_implementation()
    {
        var args = Schema.QueryType.GetField("scalarArgs")!;
        Coerce("\"123e4567-e89b-12d3-a456-426614174000\"", args.GetArgument("uuid")!.Type).Should().Be(Guid.Parse("123e4567-e89b-12d3-a456-426614174000"));
        Coerce("\"2024-02-29\"", args.GetArgument("date")!.Type).Should().Be(new DateOnly(2024, 2, 29));
        Coerce("{any: [1]}", args.GetArgument("url")!.Type).Should().BeEquivalentTo(new Dictionary<string, object?> { ["any"] = new object?[] { 1L } });
    }

    private static object? Coerce(string source, IInputType type, IReadOnlyDictionary<string, object?>? variables = null) =>
        ValueCoercion.CoerceInputLiteral(Parser.ParseValue(source), type, variables);

    private static void ShouldFail(string source, IInputType type, string message)
    {
        ValueCoercion.TryCoerceInputLiteral(Parser.ParseValue(source), type, null, out _, out var errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.Message.Should().Be(message);
    }
}
