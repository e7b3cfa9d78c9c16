using GraphQL.Execution;
using static GraphQL.Tests.Execution.ExecutionTestKit;

namespace GraphQL.Tests.Execution;

/// <summary>§6.1.2 Coercing Variable Values: errors name the variable, carry BAD_USER_INPUT, and the response has no data.</summary>
public sealed class VariableCoercionTests
{
    private static readonly GraphQL.Types.Schema Schema = CreateSchema();

    [Fact]
    public async Task Coerced_values_reach_the_arguments_and_absent_ones_are_left_out()
    {
        var result = await Schema.ExecuteAsync(
            "query($shape: [Int!]!, $input: ComplexInput) { shapeArgs(nonNull: 1, nonNullList: [], nonNullListOfNonNull: $shape) scalarArgs(input: $input) }",
            variables: Variables("""{ "shape": 5, "input": { "requiredField": true, "intField": 3 } }"""));

        result.ShouldBeJson(
            """
            { "data": {
                "shapeArgs": "listWithDefault=1,2, nonNull=1, nonNullList=, nonNullListOfNonNull=5, withDefault=42",
                "scalarArgs": "input={enumField=BROWN, intField=3, nonNullField=False, requiredField=True}" } }
            """);
    }

    [Fact]
    public async Task A_missing_required_variable_is_reported()
    {
        var result = await Schema.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Variable \"$id\" of required type \"ID!\" was not provided.", "locations": [ { "line": 1, "column": 7 } ],
                "extensions": { "code": "BAD_USER_INPUT" } } ] }
            """);
        result.HasData.Should().BeFalse();
    }

    [Fact]
    public async Task A_null_for_a_non_null_variable_is_reported()
    {
        var result = await Schema.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }", variables: Variables("""{ "id": null }"""));

        result.Errors.Single().Message.Should().Be("Variable \"$id\" of non-null type \"ID!\" must not be null.");
    }

    [Fact]
    public async Task An_invalid_value_is_reported_with_the_path_inside_it()
    {
        var result = await Schema.ExecuteAsync(
            "query($input: ComplexInput) { scalarArgs(input: $input) }",
            variables: Variables("""{ "input": { "requiredField": true, "nested": { "requiredField": true, "intField": "three" } } }"""));

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Variable \"$input\" got invalid value \"three\" at \"input.nested.intField\"; Int cannot represent non-integer value: \"three\"",
                "locations": [ { "line": 1, "column": 7 } ], "extensions": { "code": "BAD_USER_INPUT" } } ] }
            """);
    }

    [Fact]
    public async Task Every_bad_variable_is_reported()
    {
        var result = await Schema.ExecuteAsync(
            "query($a: Int!, $b: Boolean, $c: FurColor) { scalarArgs(int: $a, boolean: $b, enum: $c) }",
            variables: Variables("""{ "b": "yes", "c": "PURPLE" }"""));

        result.Errors.Select(error => error.Message).Should().Equal(
            "Variable \"$a\" of required type \"Int!\" was not provided.",
            "Variable \"$b\" got invalid value \"yes\"; Boolean cannot represent a non boolean value: \"yes\"",
            "Variable \"$c\" got invalid value \"PURPLE\"; Value \"PURPLE\" does not exist in \"FurColor\" enum.");
        result.Errors.Should().OnlyContain(error => error.Code == ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task Default_values_apply_to_absent_variables_and_not_to_explicit_nulls()
    {
        var absent = await Schema.ExecuteAsync("query($i: Int = 7) { scalarArgs(int: $i) }");
        var nulled = await Schema.ExecuteAsync("query($i: Int = 7) { scalarArgs(int: $i) }", variables: Variables("""{ "i": null }"""));

        absent.ShouldBeJson("""{ "data": { "scalarArgs": "int=7" } }""");
        nulled.ShouldBeJson("""{ "data": { "scalarArgs": "int=" } }""");
    }

    [Fact]
    public async Task An_absent_variable_leaves_its_argument_to_the_default()
    {
        var result = await Schema.ExecuteAsync("query($w: Int) { shapeArgs(nonNull: 1, nonNullList: [], nonNullListOfNonNull: [], withDefault: $w) }");

        result.Data!["shapeArgs"].Should().BeOfType<string>().Which.Should().Contain("withDefault=42");
    }

    [Fact]
    public async Task A_variable_of_an_unknown_type_is_reported()
    {
        var result = await Schema.ExecuteAsync("query($x: Nope) { petCount }", options: ExecutionTestKit.Unvalidated);

        result.Errors.Single().Message.Should().Be("Variable \"$x\" expected value of type \"Nope\" which cannot be used as an input type.");
    }

    [Fact]
    public async Task A_one_of_variable_must_have_exactly_one_field()
    {
        var result = await Schema.ExecuteAsync(
            "query($by: PetByInput!) { findPet(by: $by) { name } }",
            variables: Variables("""{ "by": { "id": "1", "name": "Rex" } }"""));

        result.Errors.Single().Message.Should().Be("Variable \"$by\" got invalid value { id: \"1\", name: \"Rex\" }; Exactly one key must be specified for OneOf type \"PetByInput\".");
    }

    /// <summary>Resolvers that print their coerced arguments, sorted by name.</summary>
    private static GraphQL.Types.Schema CreateSchema()
    {
        var schema = TestSchema.Build();
        foreach (var name in (string[])["shapeArgs", "scalarArgs"])
        {
            schema.QueryType.GetField(name)!.Resolve(context => Print(context.Arguments));
        }

        schema.QueryType.GetField("petCount")!.Resolve(_ => 1L);
        schema.QueryType.GetField("findPet")!.Resolve(_ => Pets.Rex);
        return schema;
    }

    private static string Print(object? value) => value switch
    {
        null => string.Empty,
        IReadOnlyDictionary<string, object?> entries => string.Join(", ", entries.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key}={PrintNested(entry.Value)}")),
        object?[] items => string.Join(",", items.Select(Print)),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static string PrintNested(object? value) => value is IReadOnlyDictionary<string, object?> ? "{" + Print(value) + "}" : Print(value);
}
