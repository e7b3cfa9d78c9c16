using System.Text.Json;
using GraphQL.Data.GlobalIds;
using Microsoft.EntityFrameworkCore;
using Playbooks.Data.Entities;

namespace Playbooks.Resolvers.Tests.Playbooks;

/// <summary>
/// The playbook read API on the seeded demo data: results equal what the tenant's rows say, and each request sends the
/// SQL it should — one statement per list level whatever the size, only selected columns, keyset paging without OFFSET,
/// nested filter/sort/first inside the one statement.
/// </summary>
public sealed class PlaybookReadApiTests(PlaybookApiFixture api) : IClassFixture<PlaybookApiFixture>
{
    [Fact]
    public async Task Playbooks_filtered_sorted_and_paged_with_their_steps_in_order_in_one_statement()
    {
        var response = (await api.ExecuteAsync("""
            {
              playbooks(where: { status: { eq: ACTIVE } }, order: [{ name: DESC }], first: 3) {
                nodes { key name steps { stepName stepOrder } }
              }
            }
            """)).ShouldSucceed();

        await using var db = api.CreateTenantContext(api.AcmeId);
        var expected = await db.Playbooks.Where(p => p.Status == PlaybookStatus.Active).OrderByDescending(p => p.Name).ThenBy(p => p.Id)
            .Take(3).Select(p => new { p.Key, Steps = p.Steps.OrderBy(s => s.StepOrder).Select(s => s.StepName).ToList() }).ToListAsync();
        var nodes = response.Data.GetProperty("playbooks").GetProperty("nodes").EnumerateArray().ToList();
        nodes.Select(n => n.GetProperty("key").GetString()).Should().Equal(expected.Select(e => e.Key));
        for (var i = 0; i < nodes.Count; i++)
        {
            var steps = nodes[i].GetProperty("steps").EnumerateArray().ToList();
            steps.Select(s => s.GetProperty("stepName").GetString()).Should().Equal(expected[i].Steps);
            steps.Select(s => s.GetProperty("stepOrder").GetInt32()).Should().BeInAscendingOrder("steps come in stepOrder by default");
        }

        response.Sql.Should().ContainSingle("the playbooks and their steps are one statement");
        response.Sql[0].Should().NotContainEquivalentOf("OFFSET").And.NotContain("description").And.NotContain("input_schema");
    }

    [Fact]
    public async Task A_longer_page_sends_no_more_statements()
    {
        const string Query = """
            query ($first: Int) {
              playbookExecutions(first: $first) {
                nodes { status playbook { name } customer { name } stepResults { status } progress { progressPercentage } }
              }
            }
            """;
        var one = (await api.ExecuteAsync(Query, new Dictionary<string, object?> { ["first"] = 1 })).ShouldSucceed();
        var many = (await api.ExecuteAsync(Query, new Dictionary<string, object?> { ["first"] = 20 })).ShouldSucceed();

        many.Data.GetProperty("playbookExecutions").GetProperty("nodes").GetArrayLength().Should().BeGreaterThan(3);
        one.Sql.Should().HaveCount(2, "the executions with their joins and results, then one batch of progress");
        many.Sql.Should().HaveCount(one.Sql.Count);
        many.Sql[1].Should().Contain("get_execution_progress");
    }

    [Fact]
    public async Task Cursor_pages_walk_every_playbook_once_in_order_without_offset()
    {
        var keys = new List<string>();
        string? after = null;
        var statements = new List<string>();
        do
        {
            var page = (await api.ExecuteAsync("""
                query ($after: String) {
                  playbooks(first: 2, after: $after, order: [{ key: ASC }, { version: DESC }]) {
                    edges { cursor node { key } }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """, new Dictionary<string, object?> { ["after"] = after })).ShouldSucceed();
            var connection = page.Data.GetProperty("playbooks");
            keys.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()!));
            statements.AddRange(page.Sql);
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        await using var db = api.CreateTenantContext(api.AcmeId);
        keys.Should().Equal(await db.Playbooks.OrderBy(p => p.Key).ThenByDescending(p => p.Version).ThenBy(p => p.Id).Select(p => p.Key).ToListAsync());
        statements.Should().NotContain(sql => sql.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task One_playbook_by_id_with_a_nested_filter_sort_and_first_in_one_statement()
    {
        await using var db = api.CreateTenantContext(api.AcmeId);
        var playbook = await db.Playbooks.Include(p => p.Steps).OrderBy(p => p.Key).FirstAsync();
        var id = GlobalId.Encode("Playbook", playbook.Id);

        var response = (await api.ExecuteAsync("""
            query ($id: ID!) {
              playbook(id: $id) {
                id key
                steps(where: { stepOrder: { gte: 2 } }, order: [{ stepOrder: DESC }]) { stepOrder stepType }
                executions(first: 1) { nodes { status } totalCount }
              }
            }
            """, new Dictionary<string, object?> { ["id"] = id })).ShouldSucceed();

        var found = response.Data.GetProperty("playbook");
        found.GetProperty("id").GetString().Should().Be(id);
        found.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("stepOrder").GetInt32())
            .Should().Equal(playbook.Steps.Where(s => s.StepOrder >= 2).Select(s => s.StepOrder).OrderDescending());
        found.GetProperty("executions").GetProperty("totalCount").GetInt32()
            .Should().Be(await db.PlaybookExecutions.CountAsync(e => e.PlaybookId == playbook.Id));
        response.Sql.Should().ContainSingle();
        response.Sql[0].Should().Contain(">= ").And.Contain("ORDER BY").And.NotContain("config");
    }

    [Fact]
    public async Task Playbook_by_key_is_the_highest_version_unless_one_is_named()
    {
        await using (var system = api.CreateSystemContext())
        {
            var original = await system.Playbooks.Include(p => p.Steps).SingleAsync(p => p.OrganizationId == api.AcmeId && p.Key == "voc-sprint");
            system.Playbooks.Add(new Playbook
            {
                OrganizationId = api.AcmeId, Key = "voc-sprint", Name = original.Name + " (revised)", Version = original.Version + 1,
                InputSchema = JsonDocument.Parse("{}"), OutputSchema = JsonDocument.Parse("{}"),
            });
            await system.SaveChangesAsync();
        }

        var latest = (await api.ExecuteAsync("""{ playbookByKey(key: "voc-sprint") { version name } }""")).ShouldSucceed();
        var first = (await api.ExecuteAsync("""{ playbookByKey(key: "voc-sprint", version: 1) { version } }""")).ShouldSucceed();
        var missing = (await api.ExecuteAsync("""{ playbookByKey(key: "no-such-playbook") { version } }""")).ShouldSucceed();

        latest.Data.GetProperty("playbookByKey").GetProperty("version").GetInt32().Should().Be(2);
        first.Data.GetProperty("playbookByKey").GetProperty("version").GetInt32().Should().Be(1);
        missing.Data.GetProperty("playbookByKey").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_execution_with_step_results_and_progress_from_the_database_function()
    {
        await using var db = api.CreateTenantContext(api.AcmeId);
        var execution = await db.PlaybookExecutions.Include(e => e.StepResults).OrderByDescending(e => e.StepResults.Count).FirstAsync();

        var response = (await api.ExecuteAsync("""
            query ($id: ID!) {
              playbookExecution(id: $id) {
                status completedSteps totalSteps
                stepResults(order: [{ attemptNumber: ASC }]) { status attemptNumber step { stepName } }
                progress { executionId status completedSteps totalSteps progressPercentage currentStepName }
              }
            }
            """, new Dictionary<string, object?> { ["id"] = GlobalId.Encode("PlaybookExecution", execution.Id) })).ShouldSucceed();

        var found = response.Data.GetProperty("playbookExecution");
        found.GetProperty("stepResults").GetArrayLength().Should().Be(execution.StepResults.Count);
        var progress = found.GetProperty("progress");
        progress.GetProperty("completedSteps").GetInt32().Should().Be(execution.CompletedSteps);
        progress.GetProperty("status").GetString().Should().Be(found.GetProperty("status").GetString());
        var percentage = progress.GetProperty("progressPercentage").GetDecimal();
        percentage.Should().BeInRange(0, 100);
        if (execution.Status == PlaybookExecutionStatus.Completed)
        {
            percentage.Should().Be(100);
        }
    }

    [Fact]
    public async Task Execution_summary_and_active_playbooks_come_from_the_database_functions()
    {
        var agentId = Guid.NewGuid();
        await using (var system = api.CreateSystemContext())
        {
            await system.Playbooks.Where(p => p.OrganizationId == api.AcmeId && p.Status == PlaybookStatus.Active)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.AgentId, agentId));
        }

        await using var db = api.CreateTenantContext(api.AcmeId);
        var playbook = await db.Playbooks.OrderByDescending(p => p.Executions.Count).FirstAsync();
        var executions = await db.PlaybookExecutions.Where(e => e.PlaybookId == playbook.Id).ToListAsync();
        var response = (await api.ExecuteAsync("""
            query ($id: ID!, $agent: UUID!) {
              playbookExecutionSummary(playbookId: $id) { totalExecutions successfulExecutions runningExecutions successRate }
              activePlaybooks(agentId: $agent) { id name totalSteps executionCount }
              playbooks(first: 50) { nodes { executionSummary { totalExecutions } } }
            }
            """, new Dictionary<string, object?> { ["id"] = GlobalId.Encode("Playbook", playbook.Id), ["agent"] = agentId })).ShouldSucceed();

        var summary = response.Data.GetProperty("playbookExecutionSummary");
        summary.GetProperty("totalExecutions").GetInt64().Should().Be(executions.Count);
        summary.GetProperty("successfulExecutions").GetInt64().Should().Be(executions.Count(e => e.Status == PlaybookExecutionStatus.Completed));
        var active = response.Data.GetProperty("activePlaybooks").EnumerateArray().ToList();
        active.Should().HaveCount(await db.Playbooks.CountAsync(p => p.Status == PlaybookStatus.Active));
        response.Data.GetProperty("playbooks").GetProperty("nodes").EnumerateArray()
            .Sum(n => n.GetProperty("executionSummary").GetProperty("totalExecutions").GetInt64())
            .Should().Be(await db.PlaybookExecutions.CountAsync());
        response.Sql.Count(sql => sql.Contains("get_playbook_execution_summary")).Should().Be(2, "one for the root field, one batch for every playbook");
    }

    [Fact]
    public async Task Reports_filter_across_relations()
    {
        await using var db = api.CreateTenantContext(api.AcmeId);
        var expected = await db.PlaybookReports.Where(r => r.Execution.Status == PlaybookExecutionStatus.Completed).CountAsync();

        var response = (await api.ExecuteAsync("""
            { playbookReports(where: { execution: { status: { eq: COMPLETED } } }) { totalCount nodes { playbookKey execution { status } } } }
            """)).ShouldSucceed();

        var reports = response.Data.GetProperty("playbookReports");
        reports.GetProperty("totalCount").GetInt32().Should().Be(expected);
        reports.GetProperty("nodes").EnumerateArray().Should().OnlyContain(n => n.GetProperty("execution").GetProperty("status").GetString() == "COMPLETED");
    }

    [Fact]
    public async Task Nodes_resolve_by_global_id_and_an_id_of_another_type_is_rejected()
    {
        await using var db = api.CreateTenantContext(api.AcmeId);
        var playbook = await db.Playbooks.OrderBy(p => p.Key).FirstAsync();
        var step = await db.PlaybookSteps.OrderBy(s => s.StepKey).FirstAsync();

        var response = (await api.ExecuteAsync("""
            query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Playbook { key } ... on PlaybookStep { stepName } } }
            """, new Dictionary<string, object?> { ["ids"] = new[] { GlobalId.Encode("Playbook", playbook.Id), GlobalId.Encode("PlaybookStep", step.Id) } }))
            .ShouldSucceed();
        var wrongType = await api.ExecuteAsync("""
            query ($id: ID!) { playbook(id: $id) { key } }
            """, new Dictionary<string, object?> { ["id"] = GlobalId.Encode("PlaybookStep", step.Id) });

        var nodes = response.Data.GetProperty("nodes").EnumerateArray().ToList();
        nodes[0].GetProperty("key").GetString().Should().Be(playbook.Key);
        nodes[1].GetProperty("stepName").GetString().Should().Be(step.StepName);
        wrongType.ErrorCodes.Should().Equal("INVALID_ID");
    }

    [Fact]
    public async Task Filtering_by_id_accepts_global_ids()
    {
        await using var db = api.CreateTenantContext(api.AcmeId);
        var playbook = await db.Playbooks.OrderBy(p => p.Key).FirstAsync();

        var response = (await api.ExecuteAsync("""
            query ($id: ID!) { playbooks(where: { id: { eq: $id } }) { nodes { key } } }
            """, new Dictionary<string, object?> { ["id"] = GlobalId.Encode("Playbook", playbook.Id) })).ShouldSucceed();
        var malformed = await api.ExecuteAsync("""{ playbooks(where: { id: { eq: "not an id" } }) { nodes { key } } }""");

        response.Data.GetProperty("playbooks").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()).Should().Equal(playbook.Key);
        malformed.ErrorCodes.Should().Equal("INVALID_ID");
    }

    [Fact]
    public async Task Another_organizations_rows_are_not_found()
    {
        await using var globex = api.CreateTenantContext(api.GlobexId);
        var theirs = await globex.Playbooks.FirstAsync();

        var response = (await api.ExecuteAsync("""
            query ($id: ID!) { playbook(id: $id) { key } node(id: $id) { id } playbookExecutionSummary(playbookId: $id) { totalExecutions } }
            """, new Dictionary<string, object?> { ["id"] = GlobalId.Encode("Playbook", theirs.Id) })).ShouldSucceed();

        response.Data.GetProperty("playbook").ValueKind.Should().Be(JsonValueKind.Null);
        response.Data.GetProperty("node").ValueKind.Should().Be(JsonValueKind.Null);
        response.Data.GetProperty("playbookExecutionSummary").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_readme_example_runs_in_one_statement_plus_its_batches()
    {
        var response = (await api.ExecuteAsync("""
            {
              playbooks(where: { status: { eq: ACTIVE }, name: { icontains: "renewal" } }, order: [{ name: ASC }], first: 20) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes {
                  id name version
                  steps(where: { stepType: { eq: AGENT_EXECUTION } }, order: [{ stepOrder: ASC }]) { stepName stepOrder }
                  executions(first: 3) { nodes { status completedSteps totalSteps progress { progressPercentage } } }
                }
              }
            }
            """)).ShouldSucceed();

        await using var db = api.CreateTenantContext(api.AcmeId);
        var names = await db.Playbooks.Where(p => p.Status == PlaybookStatus.Active && EF.Functions.ILike(p.Name, "%renewal%"))
            .OrderBy(p => p.Name).Select(p => p.Name).ToListAsync();
        names.Should().NotBeEmpty("the demo seed has a renewal playbook");
        var playbooks = response.Data.GetProperty("playbooks");
        playbooks.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Should().Equal(names);
        response.Sql.Count(sql => sql.Contains("ILIKE", StringComparison.Ordinal)).Should().Be(2, "the page and its count");
        response.Sql.Should().HaveCountLessThanOrEqualTo(3, "the page with its steps and executions, the count, one progress batch");
    }
}
