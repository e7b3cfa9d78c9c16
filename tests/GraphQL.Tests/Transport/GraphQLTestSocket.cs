using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GraphQL.Tests.Transport;

/// <summary>A client socket speaking JSON messages, with timeouts so a missing message fails the test instead of hanging it.</summary>
internal sealed class GraphQLTestSocket(WebSocket socket) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public WebSocket Socket { get; } = socket;

    public Task SendAsync(string json) =>
        Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message, normalized (compact JSON), or fails when the socket closes first.</summary>
    public async Task<string> ReceiveAsync()
    {
        var (message, closeStatus, closeReason) = await ReceiveFrameAsync();
        return message ?? throw new InvalidOperationException($"The socket closed ({closeStatus} {closeReason}) instead of sending a message.");
    }

    public async Task<JsonElement> ReceiveJsonAsync() => JsonDocument.Parse(await ReceiveAsync()).RootElement;

    /// <summary>Reads until the server closes the socket; the close code and reason (messages before it fail).</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        var (message, closeStatus, closeReason) = await ReceiveFrameAsync();
        if (message is not null)
        {
            throw new InvalidOperationException("Expected the socket to close, got " + message);
        }

        return ((int)closeStatus!, closeReason);
    }

    /// <summary>Sends <c>connection_init</c> and expects <c>connection_ack</c>.</summary>
    public async Task InitAsync(string payload = "{}")
    {
        await SendAsync($$"""{"type":"connection_init","payload":{{payload}}}""");
        (await ReceiveJsonAsync()).GetProperty("type").GetString().Should().Be("connection_ack");
    }

    public void Dispose() => Socket.Dispose();

    private async Task<(string? Message, WebSocketCloseStatus? CloseStatus, string? CloseReason)> ReceiveFrameAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var received = await Socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                try
                {
                    if (Socket.State == WebSocketState.CloseReceived)
                    {
                        await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }
                }
                catch (Exception exception) when (exception is IOException or ObjectDisposedException or WebSocketException)
                {
                    // The server may end the connection right after its close frame.
                }

                return (null, Socket.CloseStatus, Socket.CloseStatusDescription);
            }

            length += received.Count;
            if (received.EndOfMessage)
            {
                using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
                return (JsonSerializer.Serialize(document.RootElement), null, null);
            }
        }
    }
}
