using GraphQL.Execution;

namespace GraphQL.PersistedDocuments;

/// <summary>
/// The stage before parsing: turns a request's document id into the text to parse (from the parse cache, else the store),
/// enforces trusted-documents-only mode and registers automatic persisted queries. Completes synchronously unless the
/// store is asked.
/// </summary>
internal sealed class PersistedDocumentStage(PersistedDocumentOptions options, ParseStage parse)
{
    private readonly IDocumentStore? _store = options.Store
        ?? (options.AutomaticPersistedQueries && !options.TrustedDocumentsOnly ? new InMemoryDocumentStore() : null);

    /// <summary>Whether the request needs this stage: it names a document, or only trusted documents may run.</summary>
    public bool AppliesTo(GraphQLRequest request) =>
        request.Document is null && !request.QueryFromStore && (options.TrustedDocumentsOnly || DocumentIds.Find(request, out _) is not null);

    public ValueTask<DocumentResolution> ResolveAsync(GraphQLRequest request)
    {
        var id = DocumentIds.Find(request, out var automatic);
        if (id is null)
        {
            return Done(PersistedDocumentErrors.Required());
        }

        if (!DocumentIds.TryParse(id, out var hex, out var hash))
        {
            return Done(PersistedDocumentErrors.MalformedId(id));
        }

        if (request.Query is { } query)
        {
            if (DocumentHash.Compute(query) != hash)
            {
                return Done(PersistedDocumentErrors.HashMismatch());
            }

            return options.TrustedDocumentsOnly
                ? VerifyTrustedAsync(query, hash, hex, id, request.CancellationToken)
                : RegisterAsync(query, hash, hex, request.CancellationToken);
        }

        if (parse.IsCached(hash))
        {
            // Only trusted documents reach the cache in trusted-only mode; otherwise the text was sent before anyway.
            return new(new DocumentResolution(null, hash, null));
        }

        return LookUpAsync(hex, hash, id, automatic && options.AutomaticPersistedQueries && !options.TrustedDocumentsOnly, request.CancellationToken);
    }

    private async ValueTask<DocumentResolution> LookUpAsync(string hex, DocumentHash hash, string id, bool automatic, CancellationToken cancellationToken)
    {
        var text = _store is null ? null : await _store.TryGetAsync(hex, cancellationToken).ConfigureAwait(false);
        if (text is not null)
        {
            return new DocumentResolution(text, hash, null);
        }

        return DocumentResolution.Failed(automatic ? PersistedDocumentErrors.PersistedQueryNotFound() : PersistedDocumentErrors.NotFound(id));
    }

    /// <summary>Trusted-only mode with the text sent along: it runs only if the store holds it (the text alone proves nothing).</summary>
    private async ValueTask<DocumentResolution> VerifyTrustedAsync(string query, DocumentHash hash, string hex, string id, CancellationToken cancellationToken)
    {
        if (parse.IsCached(hash))
        {
            return new DocumentResolution(query, hash, null);
        }

        var stored = _store is null ? null : await _store.TryGetAsync(hex, cancellationToken).ConfigureAwait(false);
        return stored is null ? DocumentResolution.Failed(PersistedDocumentErrors.NotFound(id)) : new DocumentResolution(stored, hash, null);
    }

    private async ValueTask<DocumentResolution> RegisterAsync(string query, DocumentHash hash, string hex, CancellationToken cancellationToken)
    {
        if (options.AutomaticPersistedQueries && _store is not null && !parse.IsCached(hash))
        {
            await _store.SaveAsync(hex, query, cancellationToken).ConfigureAwait(false);
        }

        return new DocumentResolution(query, hash, null);
    }

    private static ValueTask<DocumentResolution> Done(GraphQLError error) => new(DocumentResolution.Failed(error));
}
