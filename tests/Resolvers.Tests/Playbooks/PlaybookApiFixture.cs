using System.Text.Json;
using GraphQL.Data;
using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Playbooks.Data;
using Playbooks.Data.Seeding;
using Playbooks.Data.Tenancy;
using Playbooks.Schema.DataFeatures;
using Playbooks.Testing;

namespace Playbooks.Resolvers.Tests.Playbooks;

/// <summary>
/// The production schema on a database seeded with the demo organizations, and a way to run a request as Acme (the
/// application role, so row-level security applies) recording the SQL statements EF sends.
/// </summary>
public sealed class PlaybookApiFixture : TestDatabase
{
    private static readonly Lazy<global::GraphQL.Types.Schema> Schema = new(() => PlaybooksSchema.CreateBuilder().Build());

    public Guid AcmeId { get; private set; }

    public Guid GlobexId { get; private set; }

    public SqlRecorder Recorder { get; } = new();

    public RequestExecutor Executor { get; } = new(Schema.Value, new ExecutionOptions { IncludeExceptionDetails = true });

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var seeded = await new SeedLoader(Options, NullLogger<SeedLoader>.Instance)
            .LoadAsync(Path.Combine(TestEnvironment.RepositoryRoot, "seeds"));
        seeded.Succeeded.Should().BeTrue(string.Join("\n", seeded.Errors));
        await using var system = CreateSystemContext();
        AcmeId = await system.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).SingleAsync();
        GlobexId = await system.Organizations.Where(o => o.Slug == "globex").Select(o => o.Id).SingleAsync();
    }

    /// <summary>A context of <paramref name="organizationId"/> on the application role, for expected values.</summary>
    public PlaybooksDbContext CreateTenantContext(Guid organizationId) => CreateContext(organizationId);

    /// <summary>Runs a request as Acme; <see cref="ApiResponse.Sql"/> holds the statements it sent, in order.</summary>
    public async Task<ApiResponse> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var tenant = new TenantContext();
        tenant.Set(AcmeId);
        var options = new DbContextOptionsBuilder<PlaybooksDbContext>(PlaybooksDbContext.CreateOptions(AppConnectionString))
            .AddInterceptors(Recorder)
            .Options;
        await using var contexts = new PlaybooksDbContexts(options, tenant, tenantFilterEnabled: true);
        await using var services = new ServiceCollection()
            .AddSingleton(contexts)
            .AddSingleton<IQueryAdapter, EntityFrameworkQueryAdapter>()
            .BuildServiceProvider();
        using var recording = Recorder.Start();
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = services });
        var json = JsonDocument.Parse(((ExecutionResult)result).ToJson()).RootElement.Clone();
        return new ApiResponse(json, recording.Statements);
    }
}

public sealed record ApiResponse(JsonElement Json, IReadOnlyList<string> Sql)
{
    public JsonElement Data => Json.GetProperty("data");

    public IReadOnlyList<string> ErrorCodes => Json.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
        : [];

    public ApiResponse ShouldSucceed()
    {
        Json.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return this;
    }
}
