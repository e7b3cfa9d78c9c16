using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using GraphQL.Language;
using GraphQL.Language.Ast;

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

    public bool TryGetDocument(GraphQLRequest request, [NotNullWhen(true)] out PreparedDocument? document, [NotNullWhen(false)] out GraphQLError? error)
    {
        error = null;
        if (request.Document is { } parsed)
        {
            document = _parsed.GetValue(parsed, static node => new PreparedDocument(node));
            return true;
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            document = null;
            error = ExecutionErrors.MissingDocument();
            return false;
        }

        var hash = DocumentHash.Compute(request.Query);
        if (_cache.TryGet(hash, out document))
        {
            return true;
        }

        if (!Parser.TryParse(request.Query, out var node, out error, _parserOptions))
        {
            document = null;
            return false;
        }

        document = _cache.Add(hash, new PreparedDocument(node));
        return true;
    }
}
