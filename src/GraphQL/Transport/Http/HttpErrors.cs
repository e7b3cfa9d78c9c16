namespace GraphQL.Transport.Http;

/// <summary>The HTTP transport's errors, each message written once.</summary>
internal static class HttpErrors
{
    public static GraphQLError InvalidJson(string detail) =>
        GraphQLError.Create($"The request body is not valid JSON: {detail}", code: HttpErrorCodes.BadRequest);

    public static GraphQLError BodyNotAnObject() =>
        GraphQLError.Create("The request body must be a JSON object with a \"query\" entry.", code: HttpErrorCodes.BadRequest);

    public static GraphQLError MissingBody() =>
        GraphQLError.Create("The request has no body: send a JSON object with a \"query\" entry.", code: HttpErrorCodes.BadRequest);

    public static GraphQLError MissingQuery() =>
        GraphQLError.Create("The request has no \"query\" parameter.", code: HttpErrorCodes.BadRequest);

    public static GraphQLError WrongParameterType(string parameter, string expected) =>
        GraphQLError.Create($"The \"{parameter}\" parameter must be {expected}.", code: HttpErrorCodes.BadRequest);

    public static GraphQLError InvalidJsonParameter(string parameter) =>
        GraphQLError.Create($"The \"{parameter}\" parameter is not valid JSON.", code: HttpErrorCodes.BadRequest);

    public static GraphQLError TooLarge(long limit) =>
        GraphQLError.Create($"The request body is larger than {limit} bytes.", code: HttpErrorCodes.RequestTooLarge);

    public static GraphQLError UnsupportedMediaType(string? contentType) =>
        GraphQLError.Create(
            contentType is null
                ? "The request has no Content-Type: send application/json."
                : $"The Content-Type '{contentType}' is not supported: send application/json (UTF-8).",
            code: HttpErrorCodes.UnsupportedMediaType);

    public static GraphQLError MethodNotAllowed(string method) =>
        GraphQLError.Create($"The HTTP method {method} is not allowed: use GET or POST.", code: HttpErrorCodes.MethodNotAllowed);

    public static GraphQLError MutationOverGet(string operationType) =>
        GraphQLError.Create($"A {operationType} cannot be sent with GET: use POST.", code: HttpErrorCodes.MethodNotAllowed);

    public static GraphQLError SubscriptionOverHttp() =>
        GraphQLError.Create(
            "Subscriptions need a streaming transport: send the request with 'Accept: text/event-stream' (server-sent events) or use the WebSocket endpoint (graphql-transport-ws).",
            code: HttpErrorCodes.StreamingTransportRequired);
}
