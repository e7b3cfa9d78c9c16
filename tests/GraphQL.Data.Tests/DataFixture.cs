using System.Text.Json;
using GraphQL.Data;
using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Playbooks.Data;
using Playbooks.Data.Entities;
using Playbooks.Data.Tenancy;
using Playbooks.Schema.DataFeatures;
using Playbooks.Testing;

namespace Playbooks.GraphQL.Data.Tests;

/// <summary>
/// A migrated database per test class, seeded with one tenant's playbooks, steps, executions and customers (nulls
/// included), and a way to run a GraphQL request as that tenant, recording the SQL it sends.
/// </summary>
public class DataFixture : TestDatabase
{
    private static readonly Lazy<global::GraphQL.Types.Schema> SharedSchema = new(DataSchema.Build);

    public Guid OrganizationId { get; private set; }

    public SqlRecorder Recorder { get; } = new();

    public RequestExecutor Executor { get; } = new(SharedSchema.Value, new ExecutionOptions { IncludeExceptionDetails = true });

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var system = CreateSystemContext();
        var organization = new Organization { Name = "Data features", Slug = "data-" + Guid.NewGuid().ToString("N")[..8] };
        system.Organizations.Add(organization);
        await system.SaveChangesAsync();
        OrganizationId = organization.Id;
        await SeedAsync(system, organization.Id);
    }

    /// <summary>A context of the tenant, as the application role, recording its SQL.</summary>
    public PlaybooksDbContext CreateTenantContext()
    {
        var tenant = new TenantContext();
        tenant.Set(OrganizationId);
        var options = new DbContextOptionsBuilder<PlaybooksDbContext>(PlaybooksDbContext.CreateOptions(AppConnectionString))
            .AddInterceptors(Recorder)
            .Options;
        return new PlaybooksDbContext(options, tenant);
    }

    /// <summary>Every playbook with its steps, executions and their customers: the rows LINQ-to-objects results are checked against.</summary>
    public async Task<List<Playbook>> LoadPlaybooksAsync()
    {
        await using var db = CreateTenantContext();
        return await db.Playbooks.AsNoTracking()
            .Include(playbook => playbook.Steps)
            .Include(playbook => playbook.Executions).ThenInclude(execution => execution.Customer)
            .ToListAsync();
    }

    /// <summary>Every execution with its customer.</summary>
    public async Task<List<PlaybookExecution>> LoadExecutionsAsync()
    {
        await using var db = CreateTenantContext();
        return await db.PlaybookExecutions.AsNoTracking().Include(execution => execution.Customer).ToListAsync();
    }

    /// <summary>Runs a request; <see cref="GraphQLResponse.Sql"/> holds the statements it sent.</summary>
    public async Task<GraphQLResponse> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var db = CreateTenantContext();
        var services = new ServiceCollection()
            .AddSingleton(db)
            .AddSingleton<IQueryAdapter, EntityFrameworkQueryAdapter>()
            .BuildServiceProvider();
        using var recording = Recorder.Start();
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = services });
        var json = JsonDocument.Parse(((ExecutionResult)result).ToJson()).RootElement.Clone();
        return new GraphQLResponse(json, recording.Statements);
    }

    private static async Task SeedAsync(PlaybooksDbContext db, Guid organizationId)
    {
        static JsonDocument Empty() => JsonDocument.Parse("{}");
        var customers = new[]
        {
            new Customer { OrganizationId = organizationId, Name = "Acme", Region = "EU", HealthScore = 80, Arr = 120_000m, Status = CustomerStatus.Active },
            new Customer { OrganizationId = organizationId, Name = "beta corp", Region = null, HealthScore = null, Arr = 40_000m, Status = CustomerStatus.AtRisk },
            new Customer { OrganizationId = organizationId, Name = "Gamma_%", Region = "US", HealthScore = 55, Arr = null, Status = CustomerStatus.Churned },
            new Customer { OrganizationId = organizationId, Name = "delta", Region = "EU", HealthScore = 55, Arr = 75_500.5m, Status = CustomerStatus.Onboarding },
        };
        db.Customers.AddRange(customers);
        var names = new (string Name, string? Category, string? Description, int Version, PlaybookStatus Status, int Steps)[]
        {
            ("Onboarding", "success", "First weeks", 1, PlaybookStatus.Active, 3),
            ("onboarding advanced", "success", null, 2, PlaybookStatus.Draft, 5),
            ("Renewal", "renewal", "Ninety days out", 3, PlaybookStatus.Active, 2),
            ("Churn rescue", null, "When health drops", 1, PlaybookStatus.Archived, 0),
            ("QBR prep", "success", "Quarterly", 2, PlaybookStatus.Deprecated, 4),
            ("Escalation 50%_off", null, null, 5, PlaybookStatus.Active, 1),
            ("alpha", "renewal", "lowercase", 2, PlaybookStatus.Draft, 2),
            ("Zeta", "expansion", "Upsell", 4, PlaybookStatus.Active, 3),
        };
        var stepTypes = Enum.GetValues<PlaybookStepType>();
        var start = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < names.Length; i++)
        {
            var (name, category, description, version, status, stepCount) = names[i];
            var playbook = new Playbook
            {
                OrganizationId = organizationId, Key = "pb-" + i, Name = name, Category = category, Description = description,
                Version = version, Status = status, Tags = i % 2 == 0 ? ["core"] : [], InputSchema = Empty(), OutputSchema = Empty(),
            };
            for (var s = 0; s < stepCount; s++)
            {
                playbook.Steps.Add(new PlaybookStep
                {
                    OrganizationId = organizationId, StepKey = $"step-{i}-{s}", StepName = $"Step {s} of {name}",
                    StepType = stepTypes[(i + s) % stepTypes.Length], StepOrder = stepCount - s, IsOptional = s % 2 == 1,
                    Config = Empty(), InputSchema = Empty(), OutputSchema = Empty(), InputMapping = Empty(),
                });
            }

            for (var e = 0; e < i % 4; e++)
            {
                playbook.Executions.Add(new PlaybookExecution
                {
                    OrganizationId = organizationId, InputData = Empty(), ExecutionName = e == 1 ? null : $"Run {e} of {name}",
                    Status = (PlaybookExecutionStatus)((i + e) % 6), Customer = (i + e) % 5 == 0 ? null : customers[(i + e) % customers.Length],
                    StartedAt = (i + e) % 3 == 0 ? null : start.AddDays(i * 3 + e), DurationMs = (i + e) % 4 == 0 ? null : (i + 1) * 1000L * (e + 1),
                    CompletedSteps = e,
                });
            }

            db.Playbooks.Add(playbook);
        }

        await db.SaveChangesAsync();
    }
}

/// <summary>A response as JSON, with the SQL statements the request sent.</summary>
public sealed record GraphQLResponse(JsonElement Json, IReadOnlyList<string> Sql)
{
    public JsonElement Data => Json.GetProperty("data");

    public bool HasErrors => Json.TryGetProperty("errors", out _);

    public string? FirstErrorCode =>
        Json.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var extensions) &&
        extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    public override string ToString() => Json.ToString();
}
