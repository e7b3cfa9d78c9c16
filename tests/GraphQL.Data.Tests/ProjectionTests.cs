using System.Text.Json;
using Playbooks.Data.Entities;

namespace Playbooks.GraphQL.Data.Tests;

/// <summary>
/// Projections: one SQL statement per request whatever the nesting and result size (no N+1), reading only the selected
/// columns (plus keys and what resolvers declare), with nested collections' filter, order and page inside it.
/// </summary>
public sealed class ProjectionTests(DataFixture fixture) : IClassFixture<DataFixture>
{
    [Fact]
    public async Task Reads_only_the_selected_columns()
    {
        var response = await fixture.ExecuteAsync("""{ playbooks { name } }""");

        var sql = response.Sql.Should().ContainSingle().Subject;
        sql.Should().StartWith("SELECT p.name AS \"Name\"\nFROM playbooks AS p");
        response.Data.GetProperty("playbooks").GetArrayLength().Should().Be((await fixture.LoadPlaybooksAsync()).Count);
    }

    [Fact]
    public async Task Reads_the_members_a_resolver_declares()
    {
        var rows = await fixture.LoadPlaybooksAsync();

        var response = await fixture.ExecuteAsync("""{ playbooks(order: [{ name: ASC }]) { label } }""");

        var sql = response.Sql.Should().ContainSingle().Subject;
        sql.Should().Contain("p.version").And.NotContain("p.description");
        response.Data.GetProperty("playbooks").EnumerateArray().Select(p => p.GetProperty("label").GetString())
            .Should().Equal(rows.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name} v{p.Version}"));
    }

    [Fact]
    public async Task Reads_the_members_a_computed_field_declares_in_code()
    {
        var response = await fixture.ExecuteAsync("""{ executions(where: { customer: { name: { eq: "beta corp" } } }) { customer { regionOrUnknown } } }""");

        response.Data.GetProperty("executions").EnumerateArray().Select(e => e.GetProperty("customer").GetProperty("regionOrUnknown").GetString())
            .Should().NotBeEmpty().And.OnlyContain(region => region == "unknown");
        response.Sql.Should().ContainSingle().Which.Should().Contain("region");
    }

    [Fact]
    public async Task Joins_related_objects_reading_only_their_selected_columns()
    {
        var rows = await fixture.LoadExecutionsAsync();

        var response = await fixture.ExecuteAsync("""{ executions(order: [{ startedAt: ASC }]) { id customer { name } playbook { key } } }""");

        var sql = response.Sql.Should().ContainSingle().Subject;
        sql.Should().Contain("JOIN").And.NotContain("region").And.NotContain("health_score").And.NotContain("p0.name");
        var customers = response.Data.GetProperty("executions").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetGuid(), e => e.GetProperty("customer") is { ValueKind: JsonValueKind.Object } c ? c.GetProperty("name").GetString() : null);
        customers.Should().BeEquivalentTo(rows.ToDictionary(e => e.Id, e => e.Customer?.Name));
    }

    [Fact]
    public async Task Nested_collections_are_filtered_sorted_and_paged_inside_the_one_statement()
    {
        var rows = await fixture.LoadPlaybooksAsync();

        var response = await fixture.ExecuteAsync("""
            {
              playbooks(order: [{ name: ASC }]) {
                name
                steps(where: { isOptional: { eq: false }, stepName: { icontains: "STEP" } }, order: [{ stepOrder: DESC }], first: 1) {
                  nodes { stepKey }
                  pageInfo { hasNextPage }
                }
                executions(where: { durationMs: { neq: null } }, order: [{ durationMs: DESC }]) { durationMs }
              }
            }
            """);

        response.HasErrors.Should().BeFalse(response.ToString());
        var sql = response.Sql.Should().ContainSingle().Subject;
        sql.Should().Contain("is_optional").And.Contain("ILIKE").And.Contain("ROW_NUMBER()").And.Contain("duration_ms IS NOT NULL").And.NotContain("OFFSET");
        foreach (var (playbook, expected) in response.Data.GetProperty("playbooks").EnumerateArray().Zip(rows.OrderBy(p => p.Name, StringComparer.Ordinal)))
        {
            var mandatory = expected.Steps.Where(s => !s.IsOptional).OrderByDescending(s => s.StepOrder).ToList();
            var steps = playbook.GetProperty("steps");
            steps.GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("stepKey").GetString()).Should().Equal(mandatory.Take(1).Select(s => s.StepKey));
            steps.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().Be(mandatory.Count > 1);
            playbook.GetProperty("executions").EnumerateArray().Select(e => e.GetProperty("durationMs").GetInt64())
                .Should().Equal(expected.Executions.Where(e => e.DurationMs != null).OrderByDescending(e => e.DurationMs).Select(e => e.DurationMs!.Value));
        }
    }

    [Fact]
    public async Task Nested_connections_read_backwards_and_count_inside_the_one_statement()
    {
        var rows = await fixture.LoadPlaybooksAsync();

        var response = await fixture.ExecuteAsync("""
            {
              playbooks(where: { steps: { any: true } }) {
                id
                last: steps(last: 2, order: [{ stepOrder: ASC }]) { nodes { stepOrder } pageInfo { hasPreviousPage } }
                counted: steps(first: 1, order: [{ stepOrder: ASC }]) { totalCount edges { cursor node { stepOrder } } }
              }
            }
            """);

        response.HasErrors.Should().BeFalse(response.ToString());
        response.Sql.Should().ContainSingle();
        foreach (var playbook in response.Data.GetProperty("playbooks").EnumerateArray())
        {
            var expected = rows.Single(p => p.Id == playbook.GetProperty("id").GetGuid()).Steps.OrderBy(s => s.StepOrder).Select(s => s.StepOrder).ToList();
            playbook.GetProperty("last").GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("stepOrder").GetInt32())
                .Should().Equal(expected.TakeLast(2));
            playbook.GetProperty("last").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().Be(expected.Count > 2);
            playbook.GetProperty("counted").GetProperty("totalCount").GetInt32().Should().Be(expected.Count);
            playbook.GetProperty("counted").GetProperty("edges")[0].GetProperty("node").GetProperty("stepOrder").GetInt32().Should().Be(expected[0]);
        }
    }

    [Fact]
    public async Task Nested_features_of_a_collection_loaded_without_projection_run_over_the_loaded_rows()
    {
        var rows = await fixture.LoadPlaybooksAsync();
        const string Query = """
            {
              playbooksWithSteps {
                id
                steps(where: { stepName: { icontains: "STEP 1" } }, order: [{ stepOrder: DESC }], first: 1) { nodes { stepKey } pageInfo { hasNextPage } }
              }
            }
            """;

        var response = await fixture.ExecuteAsync(Query);

        response.HasErrors.Should().BeFalse(response.ToString());
        foreach (var playbook in response.Data.GetProperty("playbooksWithSteps").EnumerateArray())
        {
            var expected = rows.Single(p => p.Id == playbook.GetProperty("id").GetGuid()).Steps
                .Where(s => s.StepName.Contains("step 1", StringComparison.OrdinalIgnoreCase)).OrderByDescending(s => s.StepOrder).ToList();
            playbook.GetProperty("steps").GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("stepKey").GetString())
                .Should().Equal(expected.Take(1).Select(s => s.StepKey));
            playbook.GetProperty("steps").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().Be(expected.Count > 1);
        }
    }

    [Fact]
    public async Task Sends_one_statement_per_request_whatever_the_number_of_rows()
    {
        const string Query = """
            query($take: Int) {
              playbookSegments(take: $take, order: [{ name: ASC }]) {
                items { name steps(first: 5) { nodes { stepName } } executions { status customer { name } } }
              }
            }
            """;

        var one = await fixture.ExecuteAsync(Query, new Dictionary<string, object?> { ["take"] = 1 });
        var five = await fixture.ExecuteAsync(Query, new Dictionary<string, object?> { ["take"] = 5 });

        one.HasErrors.Should().BeFalse(one.ToString());
        one.Sql.Should().ContainSingle();
        five.Sql.Should().ContainSingle();
        five.Data.GetProperty("playbookSegments").GetProperty("items").GetArrayLength().Should().Be(5);
    }

    [Fact]
    public async Task First_or_default_reads_one_projected_row_or_null()
    {
        var playbook = (await fixture.LoadPlaybooksAsync()).First(p => p.Steps.Count > 2);

        var found = await fixture.ExecuteAsync($$"""{ playbook(id: "{{playbook.Id}}") { key steps(first: 2, order: [{ stepOrder: ASC }]) { nodes { stepOrder } } } }""");
        var missing = await fixture.ExecuteAsync($$"""{ playbook(id: "{{Guid.NewGuid()}}") { key } }""");

        found.Data.GetProperty("playbook").GetProperty("key").GetString().Should().Be(playbook.Key);
        found.Data.GetProperty("playbook").GetProperty("steps").GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("stepOrder").GetInt32())
            .Should().Equal(playbook.Steps.Select(s => s.StepOrder).Order().Take(2));
        found.Sql.Should().ContainSingle().Which.Should().Contain("LIMIT").And.NotContain("p.name");
        missing.Data.GetProperty("playbook").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task One_collection_selected_twice_with_different_arguments_gives_each_its_own_result()
    {
        var playbook = (await fixture.LoadPlaybooksAsync()).First(p => p.Steps.Count > 2);
        var orders = playbook.Steps.Select(s => s.StepOrder).Order().ToList();

        var response = await fixture.ExecuteAsync($$"""
            { playbook(id: "{{playbook.Id}}") { low: steps(first: 1, order: [{ stepOrder: ASC }]) { nodes { stepOrder } } high: steps(first: 1, order: [{ stepOrder: DESC }]) { nodes { stepOrder } } } }
            """);

        var result = response.Data.GetProperty("playbook");
        result.GetProperty("low").GetProperty("nodes")[0].GetProperty("stepOrder").GetInt32().Should().Be(orders[0]);
        result.GetProperty("high").GetProperty("nodes")[0].GetProperty("stepOrder").GetInt32().Should().Be(orders[^1]);
        response.Sql.Should().ContainSingle();
    }
}
