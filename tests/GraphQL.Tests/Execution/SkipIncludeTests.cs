using static GraphQL.Tests.Execution.ExecutionTestKit;

namespace GraphQL.Tests.Execution;

/// <summary>§3.13 @skip and @include, with literals and variables, on fields, fragment spreads and inline fragments.</summary>
public sealed class SkipIncludeTests
{
    [Fact]
    public async Task Literal_conditions_apply_to_fields_spreads_and_inline_fragments()
    {
        var result = await Pets.CreateSchema().ExecuteAsync(
            """
            { dog {
                name @skip(if: true)
                nickname @include(if: true)
                id @include(if: false)
                ...Volume @skip(if: false)
                ... on Dog @include(if: false) { furColor }
                ... @skip(if: true) { owner { name } }
            } }
            fragment Volume on Dog { barkVolume }
            """);

        result.ShouldBeJson("""{ "data": { "dog": { "nickname": "Rexy", "barkVolume": 7 } } }""");
    }

    [Fact]
    public async Task A_field_is_included_when_any_of_its_selections_is()
    {
        var result = await Pets.CreateSchema().ExecuteAsync("{ dog { name @skip(if: true) ... { name } } }");

        result.ShouldBeJson("""{ "data": { "dog": { "name": "Rex" } } }""");
    }

    [Fact]
    public async Task Both_directives_must_allow_a_field()
    {
        var result = await Pets.CreateSchema().ExecuteAsync("{ dog { a: name @skip(if: false) @include(if: false) b: name @skip(if: false) @include(if: true) } }");

        result.ShouldBeJson("""{ "data": { "dog": { "b": "Rex" } } }""");
    }

    [Fact]
    public async Task Variable_conditions_give_each_request_its_own_selection()
    {
        const string Query = "query($withName: Boolean!, $skipOwner: Boolean = false) { dog { name @include(if: $withName) owner @skip(if: $skipOwner) { name } ...F } } fragment F on Dog { id @include(if: $withName) }";
        var executor = new GraphQL.Execution.RequestExecutor(Pets.CreateSchema());

        var all = await Execute(executor, Query, """{ "withName": true }""");
        var none = await Execute(executor, Query, """{ "withName": false, "skipOwner": true }""");
        var allAgain = await Execute(executor, Query, """{ "withName": true, "skipOwner": false }""");

        all.ShouldBeJson("""{ "data": { "dog": { "name": "Rex", "owner": { "name": "Alice" }, "id": "d1" } } }""");
        none.ShouldBeJson("""{ "data": { "dog": { } } }""");
        allAgain.ShouldBeJson(all.ToJson());
    }

    private static async Task<GraphQL.Execution.ExecutionResult> Execute(GraphQL.Execution.RequestExecutor executor, string query, string variables) =>
        (GraphQL.Execution.ExecutionResult)await executor.ExecuteAsync(new GraphQL.Execution.GraphQLRequest { Query = query, Variables = Variables(variables) });
}
