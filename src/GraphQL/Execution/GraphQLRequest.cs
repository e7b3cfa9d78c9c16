using GraphQL.Language.Ast;

namespace GraphQL.Execution;

/// <summary>
/// One GraphQL request (<see href="https://spec.graphql.org/September2025/#sec-Executing-Requests">§6.1 Executing Requests</see>):
/// a document (as text or already parsed), the operation to run, its variable values and what the transport adds.
/// </summary>
public sealed class GraphQLRequest
{
    /// <summary>The document as text; parsed and cached by its hash. Ignored when <see cref="Document"/> is set.</summary>
    public string? Query { get; init; }

    /// <summary>
    /// The id of a stored document to run instead of <see cref="Query"/>: <c>sha256:&lt;hex&gt;</c> (the GraphQL-over-HTTP
    /// trusted-documents appendix). See <see cref="PersistedDocuments.PersistedDocumentOptions"/>.
    /// </summary>
    public string? DocumentId { get; init; }

    /// <summary>Set by a transport that already resolved <see cref="DocumentId"/> into <see cref="Query"/> from the store.</summary>
    internal bool QueryFromStore { get; init; }

    /// <summary>An already parsed document, used instead of <see cref="Query"/>.</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>The name of the operation to run; may be omitted when the document has exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Variable values as external input values: <c>null</c>, <see cref="bool"/>, numbers, <see cref="string"/>,
    /// <see cref="IReadOnlyList{T}"/> and <see cref="IReadOnlyDictionary{TKey, TValue}"/> (see
    /// <see cref="Types.ExternalValues.FromJson(System.Text.Json.JsonElement)"/>).
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> entry, for transports and extensions (persisted queries…).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Whether the response reports the operation's cost in <c>extensions.cost</c>, or only reports it without executing.</summary>
    public CostReport CostReport { get; init; }

    /// <summary>Services resolvers may ask for; none when <c>null</c>.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The value the root fields' resolvers get as their parent (<c>initialValue</c>).</summary>
    public object? RootValue { get; init; }

    /// <summary>Initial entries of <see cref="IResolverContext.ContextData"/> (the user, the HTTP context…).</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>Cancels the request (for example when the client disconnects).</summary>
    public CancellationToken CancellationToken { get; init; }
}
