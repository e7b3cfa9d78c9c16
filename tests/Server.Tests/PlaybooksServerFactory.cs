using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Playbooks.Data.Entities;
using Playbooks.Data.Seeding;
using Playbooks.Server.Auth;
using Playbooks.Testing;

namespace Playbooks.Server.Tests;

/// <summary>
/// The real server in memory, on a fresh test database (and the test Redis), with its own signing key and one signed-in
/// test user: <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> sends that user's token; use
/// <see cref="CreateAnonymousClient"/> for none. <see cref="SeedDemoDataAsync"/> loads seeds/ (Acme and Globex).
/// </summary>
public sealed class PlaybooksServerFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The test user's organization and id: the same in every test database, so instances sharing Redis share topics.</summary>
    public static readonly Guid TestOrganizationId = new("7e57000a-0000-4000-8000-000000000001");
    public static readonly Guid TestUserId = new("7e57000a-0000-4000-8000-000000000002");
    public const string TestUserEmail = "admin@tests.test";
    public const string TestUserPassword = "playbooks-test";

    private string? _testToken;

    /// <summary>Configuration entries of this server beside the test database's (for example <c>Database:TenantQueryFilter</c>).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public TestDatabase Database { get; } = new();

    /// <summary>This server's token signing key (base64).</summary>
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <summary>An access token of the test user (ADMIN of the test organization).</summary>
    public string TestToken => _testToken ??= Services.GetRequiredService<JwtAccessTokens>().Issue(TestUser()).Token;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await using var db = Database.CreateSystemContext();
        db.Organizations.Add(new Organization { Id = TestOrganizationId, Name = "Test organization", Slug = "tests" });
        var user = TestUser();
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, TestUserPassword);
        db.Users.Add(user);
        await db.SaveChangesAsync();
    }

    /// <summary>Loads seeds/ (the demo organizations Acme and Globex, their users, customers and executions).</summary>
    public async Task SeedDemoDataAsync()
    {
        var result = await new SeedLoader(Database.Options, NullLogger<SeedLoader>.Instance)
            .LoadAsync(Path.Combine(TestEnvironment.RepositoryRoot, "seeds"));
        result.Succeeded.Should().BeTrue(string.Join(Environment.NewLine, result.Errors));
    }

    /// <summary>A client that sends no token.</summary>
    public HttpClient CreateAnonymousClient(WebApplicationFactoryClientOptions? options = null)
    {
        var client = CreateClient(options ?? new WebApplicationFactoryClientOptions());
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>A client that sends <paramref name="token"/>.</summary>
    public HttpClient CreateClient(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Postgres", Database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:PostgresOwner", Database.OwnerConnectionString);
        builder.UseSetting("Redis:Configuration", TestEnvironment.Redis ?? "");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestToken);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }

    private static User TestUser() => new()
    {
        Id = TestUserId,
        OrganizationId = TestOrganizationId,
        Email = TestUserEmail,
        Name = "Test Admin",
        Role = UserRole.Admin,
        PasswordHash = "",
    };
}
