namespace GraphQL.Transport.WebSockets;

/// <summary>The WebSocket subprotocols the server speaks, in order of preference.</summary>
public static class GraphQLWebSocketSubprotocols
{
    /// <summary><see href="https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md">graphql-transport-ws</see>, what the <c>graphql-ws</c> client speaks.</summary>
    public const string GraphQLTransportWs = "graphql-transport-ws";

    /// <summary>The legacy subscriptions-transport-ws protocol (Apollo's old client), confusingly named <c>graphql-ws</c>.</summary>
    public const string SubscriptionsTransportWs = "graphql-ws";
}
