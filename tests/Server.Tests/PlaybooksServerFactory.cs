using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Playbooks.Testing;

namespace Playbooks.Server.Tests;

/// <summary>The real server in memory, on a fresh test database (and the test Redis).</summary>
public sealed class PlaybooksServerFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public async Task InitializeAsync() => await Database.InitializeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Postgres", Database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:PostgresOwner", Database.OwnerConnectionString);
        builder.UseSetting("Redis:Configuration", TestEnvironment.Redis ?? "");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }
}
