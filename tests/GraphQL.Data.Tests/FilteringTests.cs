using Playbooks.Data.Entities;

namespace Playbooks.GraphQL.Data.Tests;

/// <summary>
/// The <c>where</c> argument: each case's result equals a LINQ-to-objects evaluation of the same condition over the same
/// rows, and runs as one SQL statement (nothing is filtered in memory).
/// </summary>
public sealed class FilteringTests(DataFixture fixture) : IClassFixture<DataFixture>
{
    private static readonly DateTimeOffset Tenth = new(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, Func<Playbook, bool>> Cases => new()
    {
        { """{ name: { eq: "Renewal" } }""", p => p.Name == "Renewal" },
        { """{ name: { neq: "Renewal" } }""", p => p.Name != "Renewal" },
        { """{ name: { in: ["alpha", "Zeta", "missing"] } }""", p => p.Name is "alpha" or "Zeta" },
        { """{ name: { nin: ["alpha", "Zeta"] } }""", p => p.Name is not ("alpha" or "Zeta") },
        { """{ name: { contains: "boarding" } }""", p => p.Name.Contains("boarding", StringComparison.Ordinal) },
        { """{ name: { ncontains: "boarding" } }""", p => !p.Name.Contains("boarding", StringComparison.Ordinal) },
        { """{ name: { startsWith: "On" } }""", p => p.Name.StartsWith("On", StringComparison.Ordinal) },
        { """{ name: { nstartsWith: "On" } }""", p => !p.Name.StartsWith("On", StringComparison.Ordinal) },
        { """{ name: { endsWith: "prep" } }""", p => p.Name.EndsWith("prep", StringComparison.Ordinal) },
        { """{ name: { nendsWith: "prep" } }""", p => !p.Name.EndsWith("prep", StringComparison.Ordinal) },
        { """{ name: { icontains: "ONBOARD" } }""", p => p.Name.Contains("onboard", StringComparison.OrdinalIgnoreCase) },
        { """{ name: { ieq: "renewal" } }""", p => p.Name.Equals("renewal", StringComparison.OrdinalIgnoreCase) },
        { """{ name: { icontains: "50%_" } }""", p => p.Name.Contains("50%_", StringComparison.OrdinalIgnoreCase) },
        { """{ name: { icontains: "_" } }""", p => p.Name.Contains('_', StringComparison.Ordinal) },
        { """{ category: { eq: null } }""", p => p.Category == null },
        { """{ category: { neq: null } }""", p => p.Category != null },
        { """{ category: { eq: "success" } }""", p => p.Category == "success" },
        { """{ category: { neq: "success" } }""", p => p.Category != "success" },
        { """{ category: { in: ["renewal", null] } }""", p => p.Category is "renewal" or null },
        { """{ category: { nin: ["renewal"] } }""", p => p.Category != "renewal" },
        { """{ description: { contains: "e" } }""", p => p.Description != null && p.Description.Contains('e', StringComparison.Ordinal) },
        { """{ description: { ncontains: "e" } }""", p => !(p.Description != null && p.Description.Contains('e', StringComparison.Ordinal)) },
        { """{ version: { gt: 2 } }""", p => p.Version > 2 },
        { """{ version: { gte: 2 } }""", p => p.Version >= 2 },
        { """{ version: { lt: 2 } }""", p => p.Version < 2 },
        { """{ version: { lte: 2, neq: 1 } }""", p => p.Version <= 2 && p.Version != 1 },
        { """{ version: { in: [1, 5] } }""", p => p.Version is 1 or 5 },
        { """{ version: { nin: [1, 5] } }""", p => p.Version is not (1 or 5) },
        { """{ status: { eq: ACTIVE } }""", p => p.Status == PlaybookStatus.Active },
        { """{ status: { neq: ACTIVE } }""", p => p.Status != PlaybookStatus.Active },
        { """{ status: { in: [DRAFT, ARCHIVED] } }""", p => p.Status is PlaybookStatus.Draft or PlaybookStatus.Archived },
        { """{ status: { nin: [DRAFT, ARCHIVED] } }""", p => p.Status is not (PlaybookStatus.Draft or PlaybookStatus.Archived) },
        { """{ or: [{ version: { eq: 1 } }, { name: { eq: "Zeta" } }] }""", p => p.Version == 1 || p.Name == "Zeta" },
        { """{ and: [{ version: { gte: 2 } }, { category: { eq: "success" } }] }""", p => p.Version >= 2 && p.Category == "success" },
        { """{ not: { status: { eq: ACTIVE } }, version: { lt: 4 } }""", p => p.Status != PlaybookStatus.Active && p.Version < 4 },
        { """{ not: { category: { eq: "success" } } }""", p => p.Category != "success" },
        { """{ steps: { some: { isOptional: { eq: true } } } }""", p => p.Steps.Any(s => s.IsOptional) },
        { """{ steps: { all: { stepOrder: { lte: 2 } } } }""", p => p.Steps.All(s => s.StepOrder <= 2) },
        { """{ steps: { none: { stepType: { eq: API_CALL } } } }""", p => !p.Steps.Any(s => s.StepType == PlaybookStepType.ApiCall) },
        { """{ steps: { any: true } }""", p => p.Steps.Count > 0 },
        { """{ steps: { any: false } }""", p => p.Steps.Count == 0 },
        { """{ executions: { some: { customer: { name: { eq: "Acme" } } } } }""", p => p.Executions.Any(e => e.Customer != null && e.Customer.Name == "Acme") },
        { """{ executions: { some: { customer: { region: { eq: null } } } } }""", p => p.Executions.Any(e => e.Customer != null && e.Customer.Region == null) },
        { """{ executions: { some: { durationMs: { gt: 3000 } } } }""", p => p.Executions.Any(e => e.DurationMs > 3000) },
        { """{ executions: { some: { startedAt: { gte: "2026-01-10T00:00:00Z" } } } }""", p => p.Executions.Any(e => e.StartedAt >= Tenth) },
        { """{ executions: { all: { executionName: { neq: null } } } }""", p => p.Executions.All(e => e.ExecutionName != null) },
        { """{ }""", _ => true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Filters_like_linq_to_objects_in_one_statement(string where, Func<Playbook, bool> expected)
    {
        var rows = await fixture.LoadPlaybooksAsync();

        var response = await fixture.ExecuteAsync($$"""{ playbooks(where: {{where}}) { id } }""");

        response.HasErrors.Should().BeFalse(response.ToString());
        Ids.Of(response.Data.GetProperty("playbooks")).Should().BeEquivalentTo(rows.Where(expected).Select(p => p.Id));
        response.Sql.Should().ContainSingle();
    }

    [Fact]
    public async Task Filters_by_uuid_from_a_variable()
    {
        var rows = await fixture.LoadPlaybooksAsync();
        var wanted = rows.OrderBy(p => p.Name, StringComparer.Ordinal).Take(2).Select(p => (object?)p.Id.ToString()).ToList();

        var response = await fixture.ExecuteAsync(
            """query($ids: [UUID]) { playbooks(where: { id: { in: $ids } }) { id } }""",
            new Dictionary<string, object?> { ["ids"] = wanted });

        Ids.Of(response.Data.GetProperty("playbooks")).Select(id => (object?)id.ToString()).Should().BeEquivalentTo(wanted);
    }

    [Fact]
    public async Task Filters_root_executions_by_a_related_object_and_sends_parameters_not_literals()
    {
        var rows = await fixture.LoadExecutionsAsync();

        var response = await fixture.ExecuteAsync("""{ executions(where: { customer: { healthScore: { gte: 55 } } }) { id } }""");

        Ids.Of(response.Data.GetProperty("executions")).Should().BeEquivalentTo(
            rows.Where(e => e.Customer != null && e.Customer.HealthScore >= 55).Select(e => e.Id));
        response.Sql.Should().ContainSingle().Which.Should().Contain("FROM customers").And.NotContain("55");
    }

    [Fact]
    public async Task A_null_operand_other_than_eq_or_neq_is_a_bad_input()
    {
        var response = await fixture.ExecuteAsync("""{ playbooks(where: { name: { contains: null } }) { id } }""");

        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        response.Sql.Should().BeEmpty();
    }

    [Theory]
    [InlineData("duration")]
    [InlineData("inputSchema")]
    [InlineData("label")]
    [InlineData("tags")]
    public async Task Opted_out_json_and_resolver_fields_are_not_filterable(string field)
    {
        var response = await fixture.ExecuteAsync($$"""{ playbooks(where: { {{field}}: { eq: null } }) { id } }""");

        response.FirstErrorCode.Should().Be("GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task Filters_a_sequence_in_memory_with_the_same_operators()
    {
        var response = await fixture.ExecuteAsync(
            """{ customersInMemory(where: { or: [{ name: { icontains: "A_%" } }, { region: { eq: null } }] }) { nodes { name } } }""");

        response.Data.GetProperty("customersInMemory").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString())
            .Should().BeEquivalentTo("Gamma_%", "beta corp");
    }
}
