using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Playbooks.Benchmarks.Data;

/// <summary>
/// What a careful hand-written endpoint does for the scenario's query — active playbooks by name, the first 20, each with
/// its steps in order: one batch (the tenant setting row-level security reads, then one statement joining the page of
/// playbooks to their steps), written with <see cref="Utf8JsonWriter"/> in exactly the GraphQL response's shape, so the
/// load generator can check that both answer the same bytes' meaning.
/// </summary>
internal static class HandWrittenEndpoint
{
    private const string Sql = """
        WITH page AS (
          SELECT id, key, name, version, category FROM playbooks
           WHERE status = 'active' ORDER BY name, id LIMIT 20)
        SELECT p.id, p.key, p.name, p.version, p.category, s.step_name, s.step_type, s.step_order
          FROM page p LEFT JOIN playbook_steps s ON s.playbook_id = p.id
         ORDER BY p.name, p.id, s.step_order
        """;

    public static async Task<int> RunAsync(Options options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Required("urls"));
        var dataSource = NpgsqlDataSource.Create(options.Required("connection"));
        var organization = options.Required("organization");
        var app = builder.Build();
        app.MapPost("/playbooks", (HttpContext http) => WriteAsync(http, dataSource, organization));
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task WriteAsync(HttpContext http, NpgsqlDataSource dataSource, string organization)
    {
        var aborted = http.RequestAborted;
        await using var connection = await dataSource.OpenConnectionAsync(aborted).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT set_config('app.current_organization_id', $1, false)") { Parameters = { new() { Value = organization } } },
                new NpgsqlBatchCommand(Sql),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(aborted).ConfigureAwait(false);
        await reader.NextResultAsync(aborted).ConfigureAwait(false);

        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("playbooks");
        json.WriteStartArray("nodes");
        Guid? current = null;
        while (await reader.ReadAsync(aborted).ConfigureAwait(false))
        {
            var id = reader.GetGuid(0);
            if (id != current)
            {
                if (current is not null)
                {
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                current = id;
                json.WriteStartObject();
                json.WriteString("id", GlobalId.Encode("Playbook", id));
                json.WriteString("key", reader.GetString(1));
                json.WriteString("name", reader.GetString(2));
                json.WriteNumber("version", reader.GetInt32(3));
                if (reader.IsDBNull(4))
                {
                    json.WriteNull("category");
                }
                else
                {
                    json.WriteString("category", reader.GetString(4));
                }
                json.WriteStartArray("steps");
            }
            if (!reader.IsDBNull(5))
            {
                json.WriteStartObject();
                json.WriteString("stepName", reader.GetString(5));
                json.WriteString("stepType", reader.GetString(6).ToUpperInvariant());
                json.WriteNumber("stepOrder", reader.GetInt32(7));
                json.WriteEndObject();
            }
        }
        if (current is not null)
        {
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(aborted).ConfigureAwait(false);
    }
}
