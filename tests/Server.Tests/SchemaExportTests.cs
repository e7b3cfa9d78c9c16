using Playbooks.Testing;

namespace Playbooks.Server.Tests;

/// <summary>
/// src/Schema/schema.graphql is the server's schema, exported: a change to the schema shows in review as a change to
/// that file. This test fails when they differ; `UPDATE_SNAPSHOTS=1 dotnet test tests/Server.Tests` rewrites the file.
/// </summary>
public sealed class SchemaExportTests(PlaybooksServerFactory server) : IClassFixture<PlaybooksServerFactory>
{
    private static readonly string ExportPath = Path.Combine(TestEnvironment.RepositoryRoot, "src", "Schema", "schema.graphql");

    [Fact]
    public async Task The_exported_schema_is_the_servers_schema()
    {
        using var client = server.CreateClient();
        var sdl = (await client.GetStringAsync(new Uri("/graphql?sdl", UriKind.Relative))).TrimEnd() + "\n";

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(ExportPath, sdl);
        }
        var exported = File.Exists(ExportPath) ? await File.ReadAllTextAsync(ExportPath) : "";

        exported.Should().Be(sdl, "src/Schema/schema.graphql must be the server's schema (UPDATE_SNAPSHOTS=1 rewrites it)");
    }
}
