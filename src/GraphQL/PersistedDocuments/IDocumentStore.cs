namespace GraphQL.PersistedDocuments;

/// <summary>
/// Operation documents by the SHA-256 hash of their text (64 lower-case hex digits): the trusted documents a client may
/// name instead of sending the text, and where automatic persisted queries are registered. Implementations must be
/// thread-safe; the executor keeps parsed documents in its own cache, so a store is asked only on a cache miss.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The document's text, or <c>null</c> when the store does not hold <paramref name="hash"/>.</summary>
    ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Stores a document whose hash the caller has verified (an automatic persisted query).</summary>
    ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken);
}
