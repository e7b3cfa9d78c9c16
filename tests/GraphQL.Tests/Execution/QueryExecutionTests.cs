using System.Collections;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>§6.3 Executing Selection Sets: fields in selection order, aliases, merging, fragments, root values.</summary>
public sealed class QueryExecutionTests
{
    [Fact]
    public async Task Resolves_fields_in_selection_order_with_aliases()
    {
        var result = await Pets.CreateSchema().ExecuteAsync("{ dog { barkVolume name first: nickname id } }");

        result.ShouldBeJson("""{ "data": { "dog": { "barkVolume": 7, "name": "Rex", "first": "Rexy", "id": "d1" } } }""");
        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Merges_fields_with_the_same_response_key()
    {
        var result = await Pets.CreateSchema().ExecuteAsync("{ dog { name owner { name } } dog { owner { iq } name } }");

        result.ShouldBeJson("""{ "data": { "dog": { "name": "Rex", "owner": { "name": "Alice", "iq": 120 } } } }""");
    }

    [Fact]
    public async Task Applies_fragments_and_inline_fragments_with_type_conditions()
    {
        var result = await Pets.CreateSchema().ExecuteAsync(
            """
            query { pets { ...PetName ... on Dog { barkVolume } ... on Cat { lives } ... { id } } }
            fragment PetName on Pet { name }
            """);

        result.ShouldBeJson(
            """
            { "data": { "pets": [
              { "name": "Rex", "barkVolume": 7, "id": "d1" },
              { "name": "Tom", "lives": 9, "id": "c1" },
              { "name": "Fido", "barkVolume": 3, "id": "d2" } ] } }
            """);
    }

    [Fact]
    public async Task A_fragment_spread_twice_is_collected_once()
    {
        var result = await Pets.CreateSchema().ExecuteAsync("{ dog { ...F ...F name } } fragment F on Dog { name id }");

        result.ShouldBeJson("""{ "data": { "dog": { "name": "Rex", "id": "d1" } } }""");
    }

    [Fact]
    public async Task Typename_works_on_objects_interfaces_unions_and_roots()
    {
        var schema = Pets.CreateSchema();

        var result = await schema.ExecuteAsync("{ __typename pet { __typename } catOrDog { __typename } search(text: \"x\") { __typename } }");

        result.ShouldBeJson(
            """
            { "data": { "__typename": "Query", "pet": { "__typename": "Dog" }, "catOrDog": { "__typename": "Cat" },
              "search": [ { "__typename": "Dog" }, { "__typename": "Human" }, { "__typename": "Alien" } ] } }
            """);
    }

    [Fact]
    public async Task Root_fields_resolve_against_the_root_value()
    {
        var schema = TestSchema.Build();

        var result = await schema.ExecuteAsync("{ petCount homepage }", root: new Dictionary<string, object?> { ["petCount"] = 3L, ["homepage"] = "https://example.com" });

        result.ShouldBeJson("""{ "data": { "petCount": 3, "homepage": "https://example.com" } }""");
    }

    [Fact]
    public async Task Scalars_and_enums_are_serialized_by_their_types()
    {
        var schema = TestSchema.Build();
        schema.QueryType.GetField("dog")!.Resolve(_ => new Dictionary<string, object?>
        {
            ["furColor"] = "SPOTTED",
            ["birthday"] = new DateOnly(2020, 2, 29),
            ["chipId"] = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
            ["barkVolume"] = 4.0,
        });

        var result = await schema.ExecuteAsync("{ dog { furColor birthday chipId barkVolume } }");

        result.ShouldBeJson("""{ "data": { "dog": { "furColor": "SPOTTED", "birthday": "2020-02-29", "chipId": "6f9619ff-8b86-d011-b42d-00cf4fc964ff", "barkVolume": 4 } } }""");
    }

    [Fact]
    public async Task Unknown_fields_are_left_out_as_graphql_js_does()
    {
        var unvalidated = await Pets.CreateSchema().ExecuteAsync("{ dog { name unknown } }", options: ExecutionTestKit.Unvalidated);
        var validated = await Pets.CreateSchema().ExecuteAsync("{ dog { name unknown } }");

        unvalidated.ShouldBeJson("""{ "data": { "dog": { "name": "Rex" } } }""");
        validated.HasData.Should().BeFalse();
        validated.Errors.Single().Code.Should().Be(ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Data_is_a_result_map_readable_as_a_dictionary()
    {
        var result = await Pets.CreateSchema().ExecuteAsync("{ dog { name } pets { name } }");

        var dog = (IReadOnlyDictionary<string, object?>)result.Data!["dog"]!;
        dog["name"].Should().Be("Rex");
        ((IEnumerable)result.Data["pets"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(pet => pet["name"]).Should().Equal("Rex", "Tom", "Fido");
        result.Data.Keys.Should().Equal("dog", "pets");
    }

    [Fact]
    public async Task Works_without_services_and_gives_resolvers_an_empty_provider()
    {
        var schema = TestSchema.Build();
        schema.QueryType.GetField("homepage")!.Resolve(context => context.Services.GetService(typeof(string)) ?? "none");

        var result = await schema.ExecuteAsync("{ homepage }");

        result.ShouldBeJson("""{ "data": { "homepage": "none" } }""");
    }

    [Fact]
    public async Task Accepts_a_pre_parsed_document()
    {
        var executor = new RequestExecutor(Pets.CreateSchema());
        var document = GraphQL.Language.Parser.Parse("{ dog { name } }");

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Document = document });

        result.ShouldBeJson("""{ "data": { "dog": { "name": "Rex" } } }""");
    }

    [Fact]
    public async Task A_missing_query_is_a_request_error()
    {
        var result = (ExecutionResult)await new RequestExecutor(TestSchema.Schema).ExecuteAsync(new GraphQLRequest());

        result.HasData.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.ParseFailed);
    }

    [Fact]
    public async Task A_syntax_error_is_a_request_error_without_data()
    {
        var result = await TestSchema.Schema.ExecuteAsync("{ dog { name }");

        result.ShouldBeJson("""{ "errors": [ { "message": "Syntax Error: Expected Name, found <EOF>.", "locations": [ { "line": 1, "column": 15 } ], "extensions": { "code": "GRAPHQL_PARSE_FAILED" } } ] }""");
    }

    [Fact]
    public async Task Parser_limits_come_from_the_options()
    {
        var options = new ExecutionOptions { ParserOptions = new GraphQL.Language.ParserOptions { MaxTokens = 5 } };

        var result = await TestSchema.Schema.ExecuteAsync("{ dog { name nickname } }", options: options);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.MaxTokensExceeded);
    }

    [Fact]
    public async Task Validation_errors_end_the_request_before_execution()
    {
        var validator = new RejectingValidator();
        var executor = new RequestExecutor(TestSchema.Schema, new ExecutionOptions { Validator = validator });

        var first = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ dog { name } }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ dog { name } }" });

        first.ShouldBeJson("""{ "errors": [ { "message": "No dogs.", "extensions": { "code": "GRAPHQL_VALIDATION_FAILED" } } ] }""");
        validator.Calls.Should().Be(1, "a document is validated once and the outcome cached");
    }

    private sealed class RejectingValidator : IDocumentValidator
    {
        public int Calls { get; private set; }

        public IReadOnlyList<GraphQLError> Validate(Schema schema, GraphQL.Language.Ast.DocumentNode document)
        {
            Calls++;
            return [GraphQLError.Create("No dogs.", code: ErrorCodes.ValidationFailed)];
        }
    }
}
