namespace GraphQL.Transport.Http;

/// <summary>
/// The media types of <see href="https://graphql.github.io/graphql-over-http/draft/#sec-Media-Types">GraphQL over HTTP §4</see>
/// and the response media type negotiation of its §5.1 (Accept).
/// </summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>What a 406 answer lists as acceptable.</summary>
    public const string Supported = GraphQLResponseJson + "; charset=utf-8, " + Json + "; charset=utf-8";

    /// <summary>
    /// The response media type for an <c>Accept</c> header: the first listed (and not refused with <c>q=0</c>) of
    /// <c>application/graphql-response+json</c>, or <c>application/json</c> (also for <c>application/*</c> and <c>*/*</c>);
    /// <c>application/json</c> when there is no header (§5.1, for legacy clients); <c>null</c> when nothing fits (406).
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }

        foreach (var range in accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parameters = range.Split(';', StringSplitOptions.TrimEntries);
            var mediaType = parameters[0];
            if (!AcceptsUtf8(parameters))
            {
                continue;
            }

            if (mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>Whether the <c>Accept</c> header lists <paramref name="mediaType"/> itself (not through a wildcard).</summary>
    public static bool Lists(string? accept, string mediaType) =>
        accept is not null && accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(range => range.Split(';', 2)[0].Trim().Equals(mediaType, StringComparison.OrdinalIgnoreCase));

    private static bool AcceptsUtf8(string[] parameters)
    {
        for (var i = 1; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (parameter.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)
                && !parameter.AsSpan(8).Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                && !parameter.AsSpan(8).Trim('"').Equals("utf8", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase) && parameter.AsSpan(2).Trim().TrimEnd('0').TrimEnd('.') is "0" or "")
            {
                return false;
            }
        }

        return true;
    }
}
