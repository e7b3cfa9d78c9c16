using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Transport.Sse;

/// <summary>Adds GraphQL over server-sent events to the pipeline (before the HTTP endpoint of the same path).</summary>
public static class GraphQLServerSentEventsApplicationBuilderExtensions
{
    /// <summary>
    /// Answers <c>POST</c>s to <paramref name="path"/> that accept <c>text/event-stream</c> with an event stream (graphql-sse,
    /// distinct connections mode) and passes every other request on. The <see cref="Execution.RequestExecutor"/> comes
    /// from the application's services.
    /// </summary>
    public static IApplicationBuilder UseGraphQLServerSentEvents(this IApplicationBuilder app, PathString path, GraphQLServerSentEventsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<GraphQLServerSentEventsMiddleware>(path, options ?? new GraphQLServerSentEventsOptions());
    }
}
