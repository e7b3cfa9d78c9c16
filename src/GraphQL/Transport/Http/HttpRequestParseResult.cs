using Microsoft.AspNetCore.Http;
using GraphQL.Execution;

namespace GraphQL.Transport.Http;

/// <summary>A GraphQL request read from HTTP, or why it could not be read and with which status code to answer.</summary>
internal readonly record struct HttpRequestParseResult(GraphQLRequest? Request, GraphQLError? Error, int StatusCode)
{
    public static HttpRequestParseResult Success(GraphQLRequest request) => new(request, null, StatusCodes.Status200OK);

    public static HttpRequestParseResult Failure(GraphQLError error, int statusCode = StatusCodes.Status400BadRequest) => new(null, error, statusCode);
}
