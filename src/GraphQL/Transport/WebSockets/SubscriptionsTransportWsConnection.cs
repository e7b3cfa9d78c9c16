using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Transport.WebSockets;

/// <summary>
/// The server side of the legacy <see href="https://github.com/apollographql/subscriptions-transport-ws/blob/master/PROTOCOL.md">subscriptions-transport-ws</see>
/// protocol (subprotocol <c>graphql-ws</c>): <c>connection_init</c> → <c>connection_ack</c> and <c>ka</c> keep-alives (or
/// <c>connection_error</c>), <c>start</c> → <c>data</c>* then <c>complete</c>, <c>stop</c>, <c>connection_terminate</c>.
/// </summary>
/// <remarks>
/// As that project's server did, a request that fails before execution (validation…) gets one <c>data</c> message with
/// the errors, then <c>complete</c>; a message it cannot read gets an <c>error</c> (or <c>connection_error</c> when it is
/// not JSON). A <c>start</c> with the id of a running operation replaces it. The close codes of graphql-transport-ws are
/// used where this protocol has none (initialisation timeout, forbidden, a <c>start</c> before the acknowledgement).
/// </remarks>
internal sealed class SubscriptionsTransportWsConnection(
    WebSocketChannel channel, HttpContext httpContext, RequestExecutor executor, GraphQLWebSocketOptions options)
    : GraphQLWebSocketConnection(channel, httpContext, executor, options, GraphQLWebSocketSubprotocols.SubscriptionsTransportWs)
{
    protected override Task OnInvalidJsonAsync() =>
        Channel.SendAsync(writer => WriteErrorMessage(writer, MessageTypes.ConnectionError, null, "Message must be JSON."));

    protected override async Task OnMessageAsync(JsonElement message)
    {
        string? id = null;
        if (message.ValueKind == JsonValueKind.Object && message.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            };
        }

        var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var typeElement) &&
            typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
        switch (type)
        {
            case MessageTypes.ConnectionInit:
                await OnConnectionInitAsync(message).ConfigureAwait(false);
                break;
            case MessageTypes.Start:
                await OnStartAsync(id, message).ConfigureAwait(false);
                break;
            case MessageTypes.Stop:
                if (id is not null)
                {
                    Stop(id);
                }

                break;
            case MessageTypes.ConnectionTerminate:
                await Channel.CloseAsync(1000, "Connection terminated").ConfigureAwait(false);
                break;
            default:
                await Channel.SendAsync(writer => WriteErrorMessage(writer, MessageTypes.Error, id, "Invalid message type!")).ConfigureAwait(false);
                break;
        }
    }

    protected override Task SendNextAsync(string id, ExecutionResult result) =>
        Channel.SendAsync(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", MessageTypes.Data);
            writer.WriteString("id", id);
            writer.WritePropertyName("payload");
            result.WriteTo(writer);
            writer.WriteEndObject();
        });

    protected override async Task SendRequestErrorAsync(string id, ExecutionResult result)
    {
        await SendNextAsync(id, result).ConfigureAwait(false);
        await SendCompleteAsync(id).ConfigureAwait(false);
    }

    protected override Task SendCompleteAsync(string id) =>
        Channel.SendAsync(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", MessageTypes.Complete);
            writer.WriteString("id", id);
            writer.WriteEndObject();
        });

    protected override Task SendKeepAliveAsync() => Channel.SendAsync(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("type", MessageTypes.KeepAlive);
        writer.WriteEndObject();
    });

    private async Task OnConnectionInitAsync(JsonElement message)
    {
        if (!TryMarkInitReceived())
        {
            await Channel.CloseAsync(GraphQLTransportWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        JsonElement? payload = message.TryGetProperty("payload", out var element) && element.ValueKind == JsonValueKind.Object ? element : null;
        ConnectionInitContext? accepted;
        try
        {
            accepted = await AcceptAsync(payload).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            accepted = null;
        }

        if (accepted is null)
        {
            await Channel.SendAsync(writer => WriteErrorMessage(writer, MessageTypes.ConnectionError, null, "Forbidden")).ConfigureAwait(false);
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

        if (Options.KeepAliveInterval is { } interval && interval > TimeSpan.Zero)
        {
            // The protocol's clients expect a first keep-alive right after the acknowledgement.
            await SendKeepAliveAsync().ConfigureAwait(false);
            StartKeepAlive();
        }
    }

    private async Task OnStartAsync(string? id, JsonElement message)
    {
        if (id is null or "")
        {
            await Channel.SendAsync(writer => WriteErrorMessage(writer, MessageTypes.Error, null, "start needs an \"id\".")).ConfigureAwait(false);
            return;
        }

        if (!IsAcknowledged)
        {
            await Channel.CloseAsync(GraphQLTransportWsCloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        RequestPayload? payload = null;
        string? error = null;
        if (!message.TryGetProperty("payload", out var payloadElement) ||
            !RequestPayload.TryRead(payloadElement, out payload, out error))
        {
            await Channel.SendAsync(writer => WriteErrorMessage(writer, MessageTypes.Error, id, error ?? "start needs a \"payload\".")).ConfigureAwait(false);
            return;
        }

        // subscriptions-transport-ws: a start for a running id replaces that operation.
        Stop(id);
        TryStart(id, payload!);
    }

    private static void WriteErrorMessage(Utf8JsonWriter writer, string type, string? id, string message)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WritePropertyName("payload");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static class MessageTypes
    {
        public const string ConnectionInit = "connection_init";
        public const string ConnectionAck = "connection_ack";
        public const string ConnectionError = "connection_error";
        public const string KeepAlive = "ka";
        public const string ConnectionTerminate = "connection_terminate";
        public const string Start = "start";
        public const string Data = "data";
        public const string Error = "error";
        public const string Complete = "complete";
        public const string Stop = "stop";
    }
}
