using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Transport.WebSockets;

/// <summary>What <see cref="GraphQLWebSocketOptions.OnConnect"/> gets: the <c>connection_init</c> payload and the connection's state.</summary>
public sealed class ConnectionInitContext
{
    internal ConnectionInitContext(HttpContext httpContext, string subprotocol, JsonElement? payload, CancellationToken connectionClosed)
    {
        HttpContext = httpContext;
        Subprotocol = subprotocol;
        Payload = payload;
        ConnectionClosed = connectionClosed;
        Services = httpContext.RequestServices;
    }

    /// <summary>The upgrade request's context (headers, cookies, <c>User</c> from authentication middleware).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The negotiated subprotocol: <see cref="GraphQLWebSocketSubprotocols.GraphQLTransportWs"/> or the legacy one.</summary>
    public string Subprotocol { get; }

    /// <summary>The <c>connection_init</c> message's <c>payload</c> (an object), or <c>null</c> when it had none.</summary>
    public JsonElement? Payload { get; }

    /// <summary>Fires when the socket closes.</summary>
    public CancellationToken ConnectionClosed { get; }

    /// <summary>Entries every request on this socket gets as its initial <c>ContextData</c> (the user, the tenant…).</summary>
    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The services every request on this socket gets; the upgrade request's services unless replaced.</summary>
    public IServiceProvider Services { get; set; }

    /// <summary>The <c>connection_ack</c> payload (serialized with System.Text.Json); none when <c>null</c>.</summary>
    public object? AckPayload { get; set; }
}
