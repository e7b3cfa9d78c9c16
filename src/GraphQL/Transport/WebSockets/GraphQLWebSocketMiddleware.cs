using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Transport.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades on one path and speaks graphql-transport-ws or, for older clients, the legacy
/// subscriptions-transport-ws (<c>graphql-ws</c>) protocol; anything else goes on down the pipeline. An upgrade that asks
/// for neither subprotocol is refused with 400. Requests run on the <see cref="RequestExecutor"/> of the application's
/// services.
/// </summary>
public sealed class GraphQLWebSocketMiddleware
{
    private static readonly string[] Supported = [GraphQLWebSocketSubprotocols.GraphQLTransportWs, GraphQLWebSocketSubprotocols.SubscriptionsTransportWs];

    private readonly RequestDelegate _next;
    private readonly PathString _path;
    private readonly GraphQLWebSocketOptions _options;

    public GraphQLWebSocketMiddleware(RequestDelegate next, PathString path, GraphQLWebSocketOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _next = next;
        _path = path;
        _options = options;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.Equals(_path))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        var subprotocol = Supported.FirstOrDefault(context.WebSockets.WebSocketRequestedProtocols.Contains);
        if (subprotocol is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(
                $"Unsupported WebSocket subprotocol: use {GraphQLWebSocketSubprotocols.GraphQLTransportWs} or {GraphQLWebSocketSubprotocols.SubscriptionsTransportWs}.",
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var executor = context.RequestServices.GetService<RequestExecutor>() ?? throw new InvalidOperationException(
            "No RequestExecutor is registered: add one to the services (services.AddSingleton(new RequestExecutor(schema))).");
        using var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol).ConfigureAwait(false);
        using var channel = new WebSocketChannel(socket, _options.MaxMessageSize);
        using GraphQLWebSocketConnection connection = subprotocol == GraphQLWebSocketSubprotocols.GraphQLTransportWs
            ? new GraphQLTransportWsConnection(channel, context, executor, _options)
            : new SubscriptionsTransportWsConnection(channel, context, executor, _options);
        await connection.RunAsync().ConfigureAwait(false);
    }
}
