using System.Net;
using System.Text.Json;

namespace Playbooks.Server.Tests;

public sealed class HealthTests(PlaybooksServerFactory server) : IClassFixture<PlaybooksServerFactory>
{
    [Fact]
    public async Task Health_reports_postgres_and_redis()
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.RootElement.GetProperty("status").GetString().Should().Be("Healthy");
        var checks = body.RootElement.GetProperty("checks");
        checks.GetProperty("postgres").GetProperty("description").GetString().Should().Be("connected; schema migrated");
        checks.GetProperty("redis").GetProperty("description").GetString().Should().StartWith("PING");
    }

    [Fact]
    public async Task Health_is_unhealthy_when_postgres_is_unreachable()
    {
        using var broken = server.WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2"));
        using var client = broken.CreateClient();
        // Health probes send no token (one would need the database to be read).
        client.DefaultRequestHeaders.Authorization = null;

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        body.RootElement.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString().Should().Be("Unhealthy");
    }
}
