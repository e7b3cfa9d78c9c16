namespace GraphQL.Transport.WebSockets;

/// <summary>How <see cref="GraphQLWebSocketMiddleware"/> runs its connections (both subprotocols).</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>
    /// How long a client has, after the upgrade, to be acknowledged (send <c>connection_init</c> and pass
    /// <see cref="OnConnect"/>); after it the socket is closed with 4408. Default 10 seconds.
    /// </summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the server sends a keep-alive once the connection is acknowledged: a <c>ping</c> in graphql-transport-ws,
    /// a <c>ka</c> in the legacy protocol. <see cref="TimeSpan.Zero"/> or <c>null</c> sends none. Default 12 seconds.
    /// </summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The largest message the server reads, in bytes; a larger one closes the socket with 1009. Default 1 MiB.</summary>
    public int MaxMessageSize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Called with the <c>connection_init</c> payload; <c>false</c> closes the socket with 4403 (Forbidden). It may set
    /// <see cref="ConnectionInitContext.Items"/> and <see cref="ConnectionInitContext.Services"/>, which every later
    /// request on the socket sees as <c>ContextData</c> and <c>Services</c>. None accepts every connection.
    /// </summary>
    public Func<ConnectionInitContext, ValueTask<bool>>? OnConnect { get; set; }
}
