using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Playbooks.Server.Tests.Http;

/// <summary>Builds GraphQL-over-HTTP requests the way clients send them, and reads the answers.</summary>
internal static class GraphQLHttpClient
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static HttpRequestMessage Post(string body, string? accept = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage PostQuery(string query, string? accept = null, object? variables = null) =>
        Post(JsonSerializer.Serialize(new { query, variables }), accept);

    public static HttpRequestMessage Get(string queryString, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static string? FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
