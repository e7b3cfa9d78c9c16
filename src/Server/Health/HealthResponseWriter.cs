using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Playbooks.Server.Health;

/// <summary><c>{"status":"Healthy","checks":{"postgres":{"status":"Healthy","description":"…"}}}</c></summary>
internal static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("status", report.Status.ToString());
        writer.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            writer.WriteStartObject(name);
            writer.WriteString("status", entry.Status.ToString());
            writer.WriteString("description", entry.Description);
            writer.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync().ConfigureAwait(false);
    }
}
