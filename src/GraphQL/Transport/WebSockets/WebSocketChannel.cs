using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GraphQL.Transport.WebSockets;

/// <summary>
/// Whole JSON messages over one socket: reads a message at a time (bounded by the maximum size) and writes one message at
/// a time, whoever writes (operations run concurrently; a WebSocket allows one send at a time).
/// </summary>
internal sealed class WebSocketChannel : IDisposable
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly int _maxMessageSize;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _receiveAborted = new();
    private readonly CancellationTokenSource _closing = new();
    private byte[] _buffer = new byte[4096];

    public WebSocketChannel(WebSocket socket, int maxMessageSize)
    {
        _socket = socket;
        _maxMessageSize = maxMessageSize;
    }

    /// <summary>Whether the server sent its close frame (nothing more may be sent, incoming messages are ignored).</summary>
    public bool IsClosing { get; private set; }

    /// <summary>Fires when the server sends its close frame: nothing running on the socket has a reason to go on.</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>
    /// The next message's bytes, or <c>null</c> when the socket closed (a close frame, an abort or a message over the
    /// maximum size, which closes the socket with 1009).
    /// </summary>
    public async Task<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _receiveAborted.Token);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == _buffer.Length)
                {
                    if (length >= _maxMessageSize + 1)
                    {
                        await CloseAsync(GraphQLTransportWsCloseCodes.MessageTooBig, "Message too big").ConfigureAwait(false);
                        return null;
                    }

                    Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, _maxMessageSize + 1));
                }

                var received = await _socket.ReceiveAsync(_buffer.AsMemory(length), linked.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    if (!IsClosing && _socket.State == WebSocketState.CloseReceived)
                    {
                        // The client started the close handshake: answer it with its own code.
                        await CloseAsync(_socket.CloseStatus is { } status ? (int)status : (int)WebSocketCloseStatus.NormalClosure, null).ConfigureAwait(false);
                    }

                    return null;
                }

                length += received.Count;
                if (length > _maxMessageSize)
                {
                    await CloseAsync(GraphQLTransportWsCloseCodes.MessageTooBig, "Message too big").ConfigureAwait(false);
                    return null;
                }

                if (received.EndOfMessage)
                {
                    if (IsClosing)
                    {
                        length = 0;
                        continue;
                    }

                    return _buffer.AsMemory(0, length);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>Sends one JSON message written by <paramref name="write"/>; does nothing once the socket is closing.</summary>
    public async Task SendAsync(Action<Utf8JsonWriter> write, CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            write(writer);
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsClosing || _socket.State != WebSocketState.Open)
            {
                return;
            }

            await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            // The peer is gone; the read loop notices and ends the connection.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends the close frame (once); the read loop then ends on the client's answering close frame, or after a few seconds
    /// without one.
    /// </summary>
    public async Task CloseAsync(int code, string? reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (IsClosing)
            {
                return;
            }

            IsClosing = true;
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            _sendLock.Release();
            try
            {
                _receiveAborted.CancelAfter(CloseHandshakeTimeout);
                _closing.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    // The send lock is not disposed: a late writer may still release it, and without a wait handle it holds nothing.
    public void Dispose()
    {
        _receiveAborted.Dispose();
        _closing.Dispose();
    }

    // A close frame's reason is at most 123 UTF-8 bytes (RFC 6455 §5.5).
    private static string? Truncate(string? reason)
    {
        if (reason is null || Encoding.UTF8.GetByteCount(reason) <= 123)
        {
            return reason;
        }

        var length = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > 120)
        {
            length--;
        }

        return string.Concat(reason.AsSpan(0, length), "…");
    }
}
