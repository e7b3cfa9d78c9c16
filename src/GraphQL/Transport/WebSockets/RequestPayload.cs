using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Transport.WebSockets;

/// <summary>
/// The GraphQL-over-HTTP request parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>) read
/// from a JSON object: a <c>subscribe</c>/<c>start</c> message's payload or a server-sent events request body.
/// </summary>
internal sealed record RequestPayload(
    string? Query,
    string? DocumentId,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions)
{
    /// <summary>Reads the parameters; on failure <paramref name="error"/> says which one is wrong.</summary>
    public static bool TryRead(JsonElement element, out RequestPayload? payload, out string? error)
    {
        payload = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = "The payload must be an object.";
            return false;
        }

        if (!TryReadString(element, "query", out var query, out error) || !TryReadString(element, "documentId", out var documentId, out error))
        {
            return false;
        }

        string? operationName = null;
        if (element.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                error = "The payload's \"operationName\" must be a string or null.";
                return false;
            }

            operationName = name.GetString();
        }

        if (!TryReadMap(element, "variables", out var variables, out error) ||
            !TryReadMap(element, "extensions", out var extensions, out error))
        {
            return false;
        }

        if (query is null && documentId is null && !Http.HttpRequestReader.NamesPersistedQuery(extensions))
        {
            error = "The payload's \"query\" must be a string.";
            return false;
        }

        payload = new RequestPayload(query, documentId, operationName, variables, extensions);
        return true;
    }

    public GraphQLRequest ToRequest(IServiceProvider? services, IReadOnlyDictionary<string, object?>? contextData, CancellationToken cancellationToken) => new()
    {
        Query = Query,
        DocumentId = DocumentId,
        OperationName = OperationName,
        Variables = Variables,
        Extensions = Extensions,
        Services = services,
        ContextData = contextData,
        CancellationToken = cancellationToken,
    };

    private static bool TryReadString(JsonElement element, string name, out string? value, out string? error)
    {
        value = null;
        error = null;
        if (!element.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            error = $"The payload's \"{name}\" must be a string.";
            return false;
        }

        value = property.GetString();
        return true;
    }

    private static bool TryReadMap(JsonElement element, string name, out IReadOnlyDictionary<string, object?>? map, out string? error)
    {
        map = null;
        error = null;
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            error = $"The payload's \"{name}\" must be an object or null.";
            return false;
        }

        map = (IReadOnlyDictionary<string, object?>?)ExternalValues.FromJson(value);
        return true;
    }
}
