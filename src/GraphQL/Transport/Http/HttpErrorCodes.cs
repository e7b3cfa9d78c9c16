namespace GraphQL.Transport.Http;

/// <summary><c>extensions.code</c> of the errors the HTTP transport answers with before a request reaches the executor.</summary>
public static class HttpErrorCodes
{
    /// <summary>The body or query string is not a well-formed GraphQL-over-HTTP request (bad JSON, missing <c>query</c>…).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The body is larger than <see cref="GraphQLServerOptions.MaxRequestBodySize"/>.</summary>
    public const string RequestTooLarge = "REQUEST_ENTITY_TOO_LARGE";

    /// <summary>The body's media type is not <c>application/json</c> (UTF-8).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The HTTP method cannot carry this request (a mutation over GET, a PUT…).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A subscription sent over plain HTTP: it needs a streaming transport (SSE or WebSocket).</summary>
    public const string StreamingTransportRequired = "STREAMING_TRANSPORT_REQUIRED";
}
