using System.Text.Json;

namespace Playbooks.GraphQL.Data.Tests;

/// <summary>Reading ids out of responses, and PostgreSQL's order of UUIDs (their bytes, as their text sorts).</summary>
internal static class Ids
{
    public static List<Guid> Of(JsonElement list) => [.. list.EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];

    public static string SortKey(Guid id) => id.ToString("D");
}
