using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Telemetry;

namespace GraphQL.Execution;

/// <summary>
/// The parse stage: the request's document, parsed with the configured limits and cached by the SHA-256 hash of its text.
/// A pre-parsed document is prepared once per instance.
/// </summary>
internal sealed class ParseStage
{
    private readonly DocumentCache _cache;
    private readonly ConditionalWeakTable<DocumentNode, PreparedDocument> _parsed = [];
    private readonly ParserOptions _parserOptions;

    public ParseStage(ExecutionOptions options)
    {
        _cache = new DocumentCache(options.DocumentCacheSize);
        _parserOptions = options.ParserOptions;
    }

    /// <summary>Whether the document with this hash is parsed and cached (a persisted document needs no look-up then).</summary>
    public bool IsCached(DocumentHash hash) => _cache.TryGet(hash, out _);

    /// <summary>The text of the cached document with this hash, if it is cached.</summary>
    public string? GetCachedText(DocumentHash hash) => _cache.TryGet(hash, out var document) ? document.Text : null;

    public bool TryGetDocument(GraphQLRequest request, [NotNullWhen(true)] out PreparedDocument? document, [NotNullWhen(false)] out GraphQLError? error) =>
        TryGetDocument(request, request.Query, null, out document, out error);

    /// <summary>
    /// The document of <paramref name="query"/> (which the persisted-documents stage may have looked up), or, when
    /// <paramref name="knownHash"/> is given without text, the cached document with that hash.
    /// </summary>
    public bool TryGetDocument(GraphQLRequest request, string? query, DocumentHash? knownHash, [NotNullWhen(true)] out PreparedDocument? document, [NotNullWhen(false)] out GraphQLError? error)
    {
        error = null;
        if (request.Document is { } parsed)
        {
            document = _parsed.GetValue(parsed, static node => new PreparedDocument(node));
            return true;
        }

        if (query is null && knownHash is { } cachedHash && _cache.TryGet(cachedHash, out document))
        {
            GraphQLTelemetry.DocumentCacheLookup(hit: true);
            return true;
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            document = null;
            error = ExecutionErrors.MissingDocument();
            return false;
        }

        var hash = knownHash ?? DocumentHash.Compute(query);
        var hit = _cache.TryGet(hash, out document);
        GraphQLTelemetry.DocumentCacheLookup(hit);
        if (hit)
        {
            return true;
        }

        if (!Parser.TryParse(query, out var node, out error, _parserOptions))
        {
            document = null;
            return false;
        }

        document = _cache.Add(hash, new PreparedDocument(node) { Text = query, Hash = hash });
        return true;
    }
}
