namespace GraphQL.Transport.Sse;

/// <summary>How <see cref="GraphQLServerSentEventsMiddleware"/> answers.</summary>
public sealed class GraphQLServerSentEventsOptions
{
    /// <summary>
    /// How often an idle stream gets a comment line (<c>:</c>) so proxies keep it open; <c>null</c> or
    /// <see cref="TimeSpan.Zero"/> sends none. Default 12 seconds, as graphql-sse.
    /// </summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// The initial <c>ContextData</c> of each request (the user, the tenant… from the <see cref="Microsoft.AspNetCore.Http.HttpContext"/>);
    /// none when <c>null</c>.
    /// </summary>
    public Func<Microsoft.AspNetCore.Http.HttpContext, IReadOnlyDictionary<string, object?>?>? ContextDataFactory { get; set; }

    /// <summary>The largest request body read, in bytes; a larger one gets 413. Default 1 MiB.</summary>
    public int MaxRequestBodySize { get; set; } = 1024 * 1024;
}
