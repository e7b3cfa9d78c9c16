using System.Diagnostics.CodeAnalysis;
using GraphQL.Execution;

namespace GraphQL.PersistedDocuments;

/// <summary>
/// How a request names a stored document: <c>documentId: "sha256:&lt;hex&gt;"</c> (the GraphQL-over-HTTP draft's
/// trusted-documents appendix; a bare 64-digit hex is read the same way) or Apollo's
/// <c>extensions.persistedQuery.sha256Hash</c>.
/// </summary>
internal static class DocumentIds
{
    public const string Sha256Prefix = "sha256:";

    /// <summary>The id the request gives, or <c>null</c>; <paramref name="automatic"/> when it came as <c>extensions.persistedQuery</c>.</summary>
    public static string? Find(GraphQLRequest request, out bool automatic)
    {
        automatic = false;
        if (request.DocumentId is { Length: > 0 } documentId)
        {
            return documentId;
        }

        if (request.Extensions is { } extensions
            && extensions.TryGetValue("persistedQuery", out var persisted)
            && persisted is IReadOnlyDictionary<string, object?> persistedQuery
            && persistedQuery.TryGetValue("sha256Hash", out var hash))
        {
            automatic = true;
            return hash as string ?? string.Empty;
        }

        return null;
    }

    public static bool TryParse(string id, [NotNullWhen(true)] out string? hex, out DocumentHash hash)
    {
        hex = StripPrefix(id).ToLowerInvariant();
        return DocumentHash.TryParse(hex, out hash) || Fail(out hex);
    }

    public static string StripPrefix(string id) =>
        id.StartsWith(Sha256Prefix, StringComparison.OrdinalIgnoreCase) ? id[Sha256Prefix.Length..] : id;

    private static bool Fail(out string? hex)
    {
        hex = null;
        return false;
    }
}
