using System.Buffers;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphQL.Transport.Http;

/// <summary>
/// Reads the GraphQL request of a <c>POST</c> body (<see href="https://graphql.github.io/graphql-over-http/draft/#sec-POST">§6.1 POST</see>)
/// or a <c>GET</c> query string (<see href="https://graphql.github.io/graphql-over-http/draft/#sec-GET">§6.1 GET</see>), with
/// <see cref="Utf8JsonReader"/>/<see cref="JsonDocument"/>: no model binding. Anything malformed is a 4xx, never an exception.
/// </summary>
internal static class HttpRequestReader
{
    public static async Task<HttpRequestParseResult> ReadPostAsync(HttpContext context, long maxBodySize)
    {
        var request = context.Request;
        if (!IsJsonContentType(request.ContentType))
        {
            return HttpRequestParseResult.Failure(HttpErrors.UnsupportedMediaType(request.ContentType), StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > maxBodySize)
        {
            return HttpRequestParseResult.Failure(HttpErrors.TooLarge(maxBodySize), StatusCodes.Status413PayloadTooLarge);
        }

        var read = await ReadBodyAsync(request.Body, maxBodySize, context.RequestAborted).ConfigureAwait(false);
        if (read is not { } body)
        {
            return HttpRequestParseResult.Failure(HttpErrors.TooLarge(maxBodySize), StatusCodes.Status413PayloadTooLarge);
        }

        if (body.Length == 0)
        {
            return HttpRequestParseResult.Failure(HttpErrors.MissingBody());
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException exception)
        {
            return HttpRequestParseResult.Failure(HttpErrors.InvalidJson(exception.Message));
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return HttpRequestParseResult.Failure(HttpErrors.BodyNotAnObject());
            }

            var root = json.RootElement;
            if (!TryGetString(root, "query", out var query, out var error)
                || !TryGetString(root, "documentId", out var documentId, out error)
                || !TryGetString(root, "operationName", out var operationName, out error)
                || !TryGetMap(root, "variables", out var variables, out error)
                || !TryGetMap(root, "extensions", out var extensions, out error))
            {
                return HttpRequestParseResult.Failure(error);
            }

            if (query is null && documentId is null && !NamesPersistedQuery(extensions))
            {
                return HttpRequestParseResult.Failure(HttpErrors.MissingQuery());
            }

            return HttpRequestParseResult.Success(new GraphQLRequest
            {
                Query = query,
                DocumentId = documentId,
                OperationName = operationName,
                Variables = variables,
                Extensions = extensions,
            });
        }
    }

    /// <summary>A GET request's parameters: <c>query</c>, <c>operationName</c>, and <c>variables</c>/<c>extensions</c> as JSON text.</summary>
    public static HttpRequestParseResult ReadGet(IQueryCollection parameters)
    {
        var query = parameters["query"].ToString();
        var documentId = parameters["documentId"].ToString();
        var operationName = parameters["operationName"].ToString();
        if (!TryParseMapParameter(parameters["variables"].ToString(), "variables", out var variables, out var error)
            || !TryParseMapParameter(parameters["extensions"].ToString(), "extensions", out var extensions, out error))
        {
            return HttpRequestParseResult.Failure(error);
        }

        if (string.IsNullOrEmpty(query) && string.IsNullOrEmpty(documentId) && !NamesPersistedQuery(extensions))
        {
            return HttpRequestParseResult.Failure(HttpErrors.MissingQuery());
        }

        return HttpRequestParseResult.Success(new GraphQLRequest
        {
            Query = query.Length == 0 ? null : query,
            DocumentId = documentId.Length == 0 ? null : documentId,
            OperationName = operationName.Length == 0 ? null : operationName,
            Variables = variables,
            Extensions = extensions,
        });
    }

    /// <summary>Whether <c>extensions.persistedQuery</c> (Apollo's automatic persisted queries) stands in for the query.</summary>
    internal static bool NamesPersistedQuery(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null && extensions.ContainsKey("persistedQuery");

    /// <summary><c>application/json</c>, with no charset or UTF-8 (§6.1 POST: the body is JSON, UTF-8 when unspecified).</summary>
    private static bool IsJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var value))
        {
            return false;
        }

        var charset = value.Charset;
        return value.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            && (!charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The body, or <c>null</c> when it is longer than <paramref name="limit"/> (read no further than that).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    private static bool TryGetString(JsonElement root, string name, out string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out GraphQLError? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            error = HttpErrors.WrongParameterType(name, "a string");
            return false;
        }

        value = property.GetString();
        return true;
    }

    private static bool TryGetMap(JsonElement root, string name, out IReadOnlyDictionary<string, object?>? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out GraphQLError? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (property.ValueKind != JsonValueKind.Object)
        {
            error = HttpErrors.WrongParameterType(name, "a JSON object (a map)");
            return false;
        }

        value = (IReadOnlyDictionary<string, object?>?)ExternalValues.FromJson(property);
        return true;
    }

    private static bool TryParseMapParameter(string text, string name, out IReadOnlyDictionary<string, object?>? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out GraphQLError? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = HttpErrors.WrongParameterType(name, "a JSON object (a map)");
                return false;
            }

            value = (IReadOnlyDictionary<string, object?>?)ExternalValues.FromJson(json.RootElement);
            return true;
        }
        catch (JsonException)
        {
            error = HttpErrors.InvalidJsonParameter(name);
            return false;
        }
    }
}
