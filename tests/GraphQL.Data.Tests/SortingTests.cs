using Playbooks.Data.Entities;

namespace Playbooks.GraphQL.Data.Tests;

/// <summary>
/// The <c>order</c> argument: keys applied in order, the primary key last, nulls last ascending and first descending
/// (PostgreSQL's defaults); each case equals LINQ-to-objects ordering the same rows (the test database collates bytewise).
/// </summary>
public sealed class SortingTests(DataFixture fixture) : IClassFixture<DataFixture>
{
    public static TheoryData<string, Func<IEnumerable<Playbook>, IEnumerable<Playbook>>> PlaybookCases => new()
    {
        { "[{ name: ASC }]", rows => rows.OrderBy(p => p.Name, StringComparer.Ordinal) },
        { "[{ name: DESC }]", rows => rows.OrderByDescending(p => p.Name, StringComparer.Ordinal) },
        { "[{ version: ASC }]", rows => rows.OrderBy(p => p.Version).ThenBy(p => Ids.SortKey(p.Id), StringComparer.Ordinal) },
        { "[{ version: DESC }, { name: ASC }]", rows => rows.OrderByDescending(p => p.Version).ThenBy(p => p.Name, StringComparer.Ordinal) },
        { "[{ category: ASC }, { version: DESC }]", rows => NullsLast(rows, p => p.Category).ThenByDescending(p => p.Version).ThenBy(p => Ids.SortKey(p.Id), StringComparer.Ordinal) },
        { "[{ category: DESC }, { name: ASC }]", rows => NullsFirstDescending(rows, p => p.Category).ThenBy(p => p.Name, StringComparer.Ordinal) },
        { "[{ description: ASC }]", rows => NullsLast(rows, p => p.Description).ThenBy(p => Ids.SortKey(p.Id), StringComparer.Ordinal) },
    };

    public static TheoryData<string, Func<IEnumerable<PlaybookExecution>, IEnumerable<PlaybookExecution>>> ExecutionCases => new()
    {
        { "[{ durationMs: DESC }]", rows => rows.OrderByDescending(e => e.DurationMs is null).ThenByDescending(e => e.DurationMs).ThenBy(e => Ids.SortKey(e.Id), StringComparer.Ordinal) },
        { "[{ startedAt: ASC }]", rows => rows.OrderBy(e => e.StartedAt is null).ThenBy(e => e.StartedAt).ThenBy(e => Ids.SortKey(e.Id), StringComparer.Ordinal) },
        { "[{ customer: { healthScore: DESC } }]", rows => rows.OrderByDescending(e => e.Customer?.HealthScore is null).ThenByDescending(e => e.Customer?.HealthScore).ThenBy(e => Ids.SortKey(e.Id), StringComparer.Ordinal) },
        { "[{ customer: { name: ASC } }, { completedSteps: DESC }]", rows => rows.OrderBy(e => e.Customer is null).ThenBy(e => e.Customer?.Name, StringComparer.Ordinal).ThenByDescending(e => e.CompletedSteps).ThenBy(e => Ids.SortKey(e.Id), StringComparer.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(PlaybookCases))]
    public async Task Orders_playbooks_like_linq_to_objects(string order, Func<IEnumerable<Playbook>, IEnumerable<Playbook>> expected)
    {
        var rows = await fixture.LoadPlaybooksAsync();

        var response = await fixture.ExecuteAsync($$"""{ playbooks(order: {{order}}) { id } }""");

        response.HasErrors.Should().BeFalse(response.ToString());
        Ids.Of(response.Data.GetProperty("playbooks")).Should().Equal(expected(rows).Select(p => p.Id));
        response.Sql.Should().ContainSingle().Which.Should().Contain("ORDER BY");
    }

    [Theory]
    [MemberData(nameof(ExecutionCases))]
    public async Task Orders_executions_by_nullable_and_related_keys_like_linq_to_objects(
        string order, Func<IEnumerable<PlaybookExecution>, IEnumerable<PlaybookExecution>> expected)
    {
        var rows = await fixture.LoadExecutionsAsync();

        var response = await fixture.ExecuteAsync($$"""{ executions(order: {{order}}) { id } }""");

        response.HasErrors.Should().BeFalse(response.ToString());
        Ids.Of(response.Data.GetProperty("executions")).Should().Equal(expected(rows).Select(e => e.Id));
        response.Sql.Should().ContainSingle();
    }

    [Fact]
    public async Task Sorts_a_sequence_in_memory_with_nulls_as_in_postgresql()
    {
        var response = await fixture.ExecuteAsync("""{ customersInMemory(order: [{ healthScore: DESC }, { name: ASC }]) { nodes { name } } }""");

        response.Data.GetProperty("customersInMemory").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString())
            .Should().Equal("beta corp", "Acme", "Gamma_%", "delta");
    }

    [Fact]
    public async Task Opted_out_fields_are_not_sortable()
    {
        var response = await fixture.ExecuteAsync("""{ playbooks(order: [{ duration: ASC }]) { id } }""");

        response.FirstErrorCode.Should().Be("GRAPHQL_VALIDATION_FAILED");
    }

    private static IOrderedEnumerable<Playbook> NullsLast(IEnumerable<Playbook> rows, Func<Playbook, string?> key) =>
        rows.OrderBy(p => key(p) is null).ThenBy(key, StringComparer.Ordinal);

    private static IOrderedEnumerable<Playbook> NullsFirstDescending(IEnumerable<Playbook> rows, Func<Playbook, string?> key) =>
        rows.OrderByDescending(p => key(p) is null).ThenByDescending(key, StringComparer.Ordinal);
}
