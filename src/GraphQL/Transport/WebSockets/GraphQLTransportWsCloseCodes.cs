namespace GraphQL.Transport.WebSockets;

/// <summary>The close codes of <see href="https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md">graphql-transport-ws</see> (also used for the legacy protocol).</summary>
public static class GraphQLTransportWsCloseCodes
{
    /// <summary>The server failed unexpectedly (a throwing <see cref="GraphQLWebSocketOptions.OnConnect"/>).</summary>
    public const int InternalServerError = 4500;

    /// <summary>A message that is not JSON, has an unknown <c>type</c>, a malformed field, or is not for the server.</summary>
    public const int BadRequest = 4400;

    /// <summary>A <c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary><see cref="GraphQLWebSocketOptions.OnConnect"/> rejected the connection.</summary>
    public const int Forbidden = 4403;

    /// <summary>The connection was not acknowledged within <see cref="GraphQLWebSocketOptions.ConnectionInitTimeout"/>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>A message larger than <see cref="GraphQLWebSocketOptions.MaxMessageSize"/> (RFC 6455 "message too big").</summary>
    public const int MessageTooBig = 1009;
}
