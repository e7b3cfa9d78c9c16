using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Playbooks.Data;

namespace Playbooks.Server.Tests.Isolation;

/// <summary>
/// The server for the isolation suite: the demo seeds (organization A = Acme, B = Globex, each with users, customers and
/// executions), a signed-in admin, member and viewer of each, and the ids of B's rows that A must never reach.
/// </summary>
public abstract class IsolationServer : IAsyncLifetime
{
    public const string Password = "playbooks-demo";

    protected IsolationServer(bool tenantQueryFilter)
    {
        TenantQueryFilter = tenantQueryFilter;
        Server = new PlaybooksServerFactory
        {
            Settings = new Dictionary<string, string?> { ["Database:TenantQueryFilter"] = tenantQueryFilter ? "true" : "false" },
        };
    }

    public bool TenantQueryFilter { get; }

    public PlaybooksServerFactory Server { get; }

    public Tenant A { get; private set; } = null!;

    public Tenant B { get; private set; } = null!;

    /// <summary>The application's database options as the server uses them (tenant filter on or off).</summary>
    public DatabaseOptions DatabaseOptions => new()
    {
        ConnectionString = Server.Database.AppConnectionString,
        OwnerConnectionString = Server.Database.OwnerConnectionString,
        TenantQueryFilter = TenantQueryFilter,
    };

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Server).InitializeAsync();
        await Server.SeedDemoDataAsync();
        A = await SignInAsync("acme");
        B = await SignInAsync("globex");
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)Server).DisposeAsync();

    public Task<JsonElement> PostAsync(string? token, string query, object? variables = null) => Server.PostAsync(token, query, variables);

    public async Task<string> LoginAsync(string email, string password = Password)
    {
        var response = await PostAsync(null, "mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { loginResult { token } errors { ... on Error { message } } } }", new { e = email, p = password });
        response.ErrorCode().Should().BeNull(response.ToString());
        response.Data("login").GetProperty("errors").ValueKind.Should().Be(JsonValueKind.Null, response.ToString());
        return response.Data("login").GetProperty("loginResult").GetProperty("token").GetString()!;
    }

    private async Task<Tenant> SignInAsync(string slug)
    {
        await using var db = Server.Database.CreateSystemContext();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == slug);
        return new Tenant(
            organization.Id,
            slug,
            Admin: await LoginAsync($"admin@{slug}.test"),
            Member: await LoginAsync($"member@{slug}.test"),
            Viewer: await LoginAsync($"viewer@{slug}.test"),
            ExecutionIds: await db.PlaybookExecutions.Where(e => e.OrganizationId == organization.Id).Select(e => e.Id).ToListAsync(),
            PlaybookIds: await db.Playbooks.Where(p => p.OrganizationId == organization.Id).Select(p => p.Id).ToListAsync(),
            ReportIds: await db.PlaybookReports.Where(r => r.OrganizationId == organization.Id).Select(r => r.Id).ToListAsync(),
            UserIds: await db.Users.Where(u => u.OrganizationId == organization.Id).Select(u => u.Id).ToListAsync());
    }
}

/// <summary>One organization of the suite: its id, signed-in users' tokens and ids of its rows.</summary>
public sealed record Tenant(
    Guid Id,
    string Slug,
    string Admin,
    string Member,
    string Viewer,
    IReadOnlyList<Guid> ExecutionIds,
    IReadOnlyList<Guid> PlaybookIds,
    IReadOnlyList<Guid> ReportIds,
    IReadOnlyList<Guid> UserIds);

/// <summary>Both isolation layers on: the EF tenant query filter and row-level security.</summary>
public sealed class TenantFilterOnServer() : IsolationServer(tenantQueryFilter: true);

/// <summary>The EF tenant query filter off (<c>Database:TenantQueryFilter=false</c>): row-level security alone must hold.</summary>
public sealed class RowLevelSecurityOnlyServer() : IsolationServer(tenantQueryFilter: false);
