using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Transport.WebSockets;

/// <summary>
/// The server side of <see href="https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md">graphql-transport-ws</see>:
/// <c>connection_init</c> → <c>connection_ack</c>, <c>ping</c>/<c>pong</c> both ways, <c>subscribe</c> → <c>next</c>* then
/// <c>complete</c> (or one <c>error</c>), <c>complete</c> from the client, and the protocol's close codes.
/// </summary>
internal sealed class GraphQLTransportWsConnection(
    WebSocketChannel channel, HttpContext httpContext, RequestExecutor executor, GraphQLWebSocketOptions options)
    : GraphQLWebSocketConnection(channel, httpContext, executor, options, GraphQLWebSocketSubprotocols.GraphQLTransportWs)
{
    protected override Task OnInvalidJsonAsync() => BadRequestAsync("Invalid message received: not JSON");

    protected override async Task OnMessageAsync(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object ||
            !message.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            await BadRequestAsync("Invalid message received: no \"type\" property").ConfigureAwait(false);
            return;
        }

        var type = typeElement.GetString();
        switch (type)
        {
            case MessageTypes.ConnectionInit:
                await OnConnectionInitAsync(message).ConfigureAwait(false);
                break;
            case MessageTypes.Ping:
                if (TryReadPayload(message, out var pingPayload))
                {
                    await Channel.SendAsync(writer => WriteMessage(writer, MessageTypes.Pong, pingPayload)).ConfigureAwait(false);
                }
                else
                {
                    await BadRequestAsync("Invalid message received: \"payload\" of ping must be an object").ConfigureAwait(false);
                }

                break;
            case MessageTypes.Pong:
                if (!TryReadPayload(message, out _))
                {
                    await BadRequestAsync("Invalid message received: \"payload\" of pong must be an object").ConfigureAwait(false);
                }

                break;
            case MessageTypes.Subscribe:
                await OnSubscribeAsync(message).ConfigureAwait(false);
                break;
            case MessageTypes.Complete:
                if (TryReadId(message, out var id))
                {
                    Stop(id);
                }
                else
                {
                    await BadRequestAsync("Invalid message received: \"id\" must be a non-empty string").ConfigureAwait(false);
                }

                break;
            case MessageTypes.ConnectionAck or MessageTypes.Next or MessageTypes.Error:
                await BadRequestAsync($"Unexpected message of type {type} received").ConfigureAwait(false);
                break;
            default:
                await BadRequestAsync($"Invalid message received: unknown type \"{type}\"").ConfigureAwait(false);
                break;
        }
    }

    protected override Task SendNextAsync(string id, ExecutionResult result) =>
        Channel.SendAsync(writer =>
        {
            WriteStart(writer, MessageTypes.Next, id);
            writer.WritePropertyName("payload");
            result.WriteTo(writer);
            writer.WriteEndObject();
        });

    protected override Task SendRequestErrorAsync(string id, ExecutionResult result) =>
        Channel.SendAsync(writer =>
        {
            WriteStart(writer, MessageTypes.Error, id);
            writer.WritePropertyName("payload");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                ResultWriter.WriteError(writer, error);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    protected override Task SendCompleteAsync(string id) =>
        Channel.SendAsync(writer =>
        {
            WriteStart(writer, MessageTypes.Complete, id);
            writer.WriteEndObject();
        });

    protected override Task SendKeepAliveAsync() => Channel.SendAsync(writer => WriteMessage(writer, MessageTypes.Ping, null));

    private async Task OnConnectionInitAsync(JsonElement message)
    {
        if (!TryReadPayload(message, out var payload))
        {
            await BadRequestAsync("Invalid message received: \"payload\" of connection_init must be an object").ConfigureAwait(false);
            return;
        }

        if (!TryMarkInitReceived())
        {
            await Channel.CloseAsync(GraphQLTransportWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        ConnectionInitContext? accepted;
        try
        {
            accepted = await AcceptAsync(payload).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await Channel.CloseAsync(GraphQLTransportWsCloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
            return;
        }

        if (accepted is null)
        {
            await Channel.CloseAsync(GraphQLTransportWsCloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }

        await Channel.SendAsync(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", MessageTypes.ConnectionAck);
            if (accepted.AckPayload is { } ackPayload)
            {
                writer.WritePropertyName("payload");
                JsonSerializer.Serialize(writer, ackPayload, ackPayload.GetType());
            }

            writer.WriteEndObject();
        }).ConfigureAwait(false);
        StartKeepAlive();
    }

    private async Task OnSubscribeAsync(JsonElement message)
    {
        if (!TryReadId(message, out var id))
        {
            await BadRequestAsync("Invalid message received: \"id\" must be a non-empty string").ConfigureAwait(false);
            return;
        }

        RequestPayload? payload = null;
        string? error = null;
        if (!message.TryGetProperty("payload", out var payloadElement) ||
            !RequestPayload.TryRead(payloadElement, out payload, out error))
        {
            await BadRequestAsync("Invalid message received: " + (error ?? "subscribe needs a \"payload\"")).ConfigureAwait(false);
            return;
        }

        if (!IsAcknowledged)
        {
            await Channel.CloseAsync(GraphQLTransportWsCloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (!TryStart(id, payload!))
        {
            await Channel.CloseAsync(GraphQLTransportWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
        }
    }

    private Task BadRequestAsync(string reason) => Channel.CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, reason);

    private static bool TryReadId(JsonElement message, out string id)
    {
        id = message.TryGetProperty("id", out var element) && element.ValueKind == JsonValueKind.String ? element.GetString()! : "";
        return id.Length > 0;
    }

    /// <summary>An optional payload: absent, null or an object.</summary>
    private static bool TryReadPayload(JsonElement message, out JsonElement? payload)
    {
        payload = null;
        if (!message.TryGetProperty("payload", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        payload = element;
        return element.ValueKind == JsonValueKind.Object;
    }

    private static void WriteStart(Utf8JsonWriter writer, string type, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", type);
    }

    private static void WriteMessage(Utf8JsonWriter writer, string type, JsonElement? payload)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        if (payload is { } value)
        {
            writer.WritePropertyName("payload");
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static class MessageTypes
    {
        public const string ConnectionInit = "connection_init";
        public const string ConnectionAck = "connection_ack";
        public const string Ping = "ping";
        public const string Pong = "pong";
        public const string Subscribe = "subscribe";
        public const string Next = "next";
        public const string Error = "error";
        public const string Complete = "complete";
    }
}
