using System.Text.Json;
using GraphQL.Transport.WebSockets;

namespace GraphQL.Tests.PersistedDocuments;

/// <summary>The WebSocket and SSE payload carries a document id in place of the query text.</summary>
public sealed class RequestPayloadTests
{
    [Theory]
    [InlineData("""{ "documentId": "sha256:abc" }""", true)]
    [InlineData("""{ "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "abc" } } }""", true)]
    [InlineData("""{ "query": "{ a }" }""", true)]
    [InlineData("""{ "operationName": "A" }""", false)]
    [InlineData("""{ "documentId": 5 }""", false)]
    public void A_payload_needs_a_query_or_a_document_id(string json, bool valid)
    {
        using var document = JsonDocument.Parse(json);

        var read = RequestPayload.TryRead(document.RootElement, out var payload, out var error);

        read.Should().Be(valid, error);
        if (valid && json.Contains("documentId", StringComparison.Ordinal))
        {
            payload!.ToRequest(null, null, default).DocumentId.Should().Be("sha256:abc");
        }
    }
}
