namespace GraphQL.PersistedDocuments;

/// <summary>
/// Which documents a <see cref="Execution.RequestExecutor"/> runs: any query text (the default), or only trusted documents
/// named by their hash; and whether clients may register documents (automatic persisted queries).
/// </summary>
public sealed class PersistedDocumentOptions
{
    public static PersistedDocumentOptions Default { get; } = new();

    /// <summary>Where documents named by id are looked up; without one, only the executor's parse cache answers.</summary>
    public IDocumentStore? Store { get; init; }

    /// <summary>
    /// Only documents of <see cref="Store"/> may run (production with known clients): a request with a query text and no
    /// id, or with an id the store does not hold, fails with <see cref="ErrorCodes.PersistedDocumentRequired"/> /
    /// <see cref="ErrorCodes.PersistedDocumentNotFound"/>. Takes precedence over <see cref="AutomaticPersistedQueries"/>.
    /// A pre-parsed <see cref="Execution.GraphQLRequest.Document"/> is the server's own code and always runs.
    /// </summary>
    public bool TrustedDocumentsOnly { get; init; }

    /// <summary>
    /// Automatic persisted queries (Apollo's protocol): a hash the store lacks fails with
    /// <see cref="ErrorCodes.PersistedQueryNotFound"/>, and a hash sent with its query text is verified and saved in
    /// <see cref="Store"/>.
    /// </summary>
    public bool AutomaticPersistedQueries { get; init; }
}
