using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Transport.WebSockets;

/// <summary>Adds the GraphQL WebSocket endpoint to the pipeline (before the HTTP endpoint of the same path).</summary>
public static class GraphQLWebSocketApplicationBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL over WebSockets on <paramref name="path"/> (graphql-transport-ws and the legacy <c>graphql-ws</c>
    /// subprotocol). Turns on ASP.NET Core's WebSocket support. The <see cref="Execution.RequestExecutor"/> comes from the
    /// application's services.
    /// </summary>
    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app, PathString path, GraphQLWebSocketOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        return app.UseMiddleware<GraphQLWebSocketMiddleware>(path, options ?? new GraphQLWebSocketOptions());
    }

    /// <inheritdoc cref="UseGraphQLWebSockets(IApplicationBuilder, PathString, GraphQLWebSocketOptions?)"/>
    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app, PathString path, Action<GraphQLWebSocketOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new GraphQLWebSocketOptions();
        configure(options);
        return app.UseGraphQLWebSockets(path, options);
    }
}
