using System.Collections.Concurrent;
using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Transport.WebSockets;

/// <summary>
/// What both subprotocols share: the read loop, the initialisation timeout, keep-alives, the connection's state from
/// <see cref="GraphQLWebSocketOptions.OnConnect"/>, and running operations concurrently, each cancelled on its own or all
/// when the socket closes.
/// </summary>
internal abstract class GraphQLWebSocketConnection : IDisposable
{
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Operation, Task> _running = new();
    private readonly CancellationTokenSource _closed;
    private int _initReceived;
    private volatile bool _acknowledged;

    protected GraphQLWebSocketConnection(
        WebSocketChannel channel, HttpContext httpContext, RequestExecutor executor, GraphQLWebSocketOptions options, string subprotocol)
    {
        Channel = channel;
        HttpContext = httpContext;
        Executor = executor;
        Options = options;
        Subprotocol = subprotocol;
        Services = httpContext.RequestServices;
        _closed = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, channel.Closing);
    }

    protected WebSocketChannel Channel { get; }

    protected HttpContext HttpContext { get; }

    protected RequestExecutor Executor { get; }

    protected GraphQLWebSocketOptions Options { get; }

    protected string Subprotocol { get; }

    protected CancellationToken Closed => _closed.Token;

    protected bool IsAcknowledged => _acknowledged;

    private IServiceProvider Services { get; set; }

    private IReadOnlyDictionary<string, object?>? ContextData { get; set; }

    /// <summary>Runs the connection until the socket closes; then cancels every operation and waits for them to end.</summary>
    public async Task RunAsync()
    {
        var initTimeout = WatchInitialisationAsync();
        try
        {
            // Not cancelled by Closed: after the server's close frame the loop still waits (a little) for the client's.
            while (await Channel.ReceiveAsync(HttpContext.RequestAborted).ConfigureAwait(false) is { } message)
            {
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(message);
                }
                catch (JsonException)
                {
                    await OnInvalidJsonAsync().ConfigureAwait(false);
                    continue;
                }

                using (document)
                {
                    try
                    {
                        await OnMessageAsync(document.RootElement).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (Closed.IsCancellationRequested)
                    {
                        // The socket is closing (a hook awaited ConnectionClosed): the loop ends on the close frame.
                    }
                }
            }
        }
        finally
        {
            await _closed.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(_running.Values.Append(initTimeout)).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Every operation handles its own failures; nothing is left to report to a closed socket.
            }
        }
    }

    public void Dispose() => _closed.Dispose();

    /// <summary>One message, a JSON value (not necessarily an object).</summary>
    protected abstract Task OnMessageAsync(JsonElement message);

    protected abstract Task OnInvalidJsonAsync();

    /// <summary>Sends the result of one operation's event (or its only result).</summary>
    protected abstract Task SendNextAsync(string id, ExecutionResult result);

    /// <summary>Sends the errors of a request that failed before execution (parse, validation, variables…).</summary>
    protected abstract Task SendRequestErrorAsync(string id, ExecutionResult result);

    protected abstract Task SendCompleteAsync(string id);

    protected abstract Task SendKeepAliveAsync();

    /// <summary>Marks <c>connection_init</c> as received; false when it had been already.</summary>
    protected bool TryMarkInitReceived() => Interlocked.Exchange(ref _initReceived, 1) == 0;

    /// <summary>
    /// Runs <see cref="GraphQLWebSocketOptions.OnConnect"/>: the accepting context on success (the connection is then
    /// acknowledged and keeps the context's items and services), <c>null</c> when the hook rejected it.
    /// </summary>
    /// <exception cref="Exception">Whatever the hook throws.</exception>
    protected async Task<ConnectionInitContext?> AcceptAsync(JsonElement? payload)
    {
        var context = new ConnectionInitContext(HttpContext, Subprotocol, payload?.Clone(), Closed);
        if (Options.OnConnect is { } onConnect && !await onConnect(context).ConfigureAwait(false))
        {
            return null;
        }

        Services = context.Services;
        ContextData = context.Items.Count > 0 ? new Dictionary<string, object?>(context.Items, StringComparer.Ordinal) : null;
        _acknowledged = true;
        return context;
    }

    /// <summary>Starts sending keep-alives (after the acknowledgement), when configured.</summary>
    protected void StartKeepAlive()
    {
        if (Options.KeepAliveInterval is not { } interval || interval <= TimeSpan.Zero)
        {
            return;
        }

        var closed = Closed;
        _ = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(interval);
            try
            {
                while (await timer.WaitForNextTickAsync(closed).ConfigureAwait(false))
                {
                    await SendKeepAliveAsync().ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    protected bool IsRunning(string id) => _operations.ContainsKey(id);

    /// <summary>Starts an operation under <paramref name="id"/>; false when one with that id is running.</summary>
    protected bool TryStart(string id, RequestPayload payload)
    {
        var operation = new Operation(CancellationTokenSource.CreateLinkedTokenSource(Closed));
        if (!_operations.TryAdd(id, operation))
        {
            operation.Cancellation.Dispose();
            return false;
        }

        var running = RunOperationAsync(id, payload, operation);
        _running[operation] = running;
        _ = running.ContinueWith(_ => _running.TryRemove(operation, out var _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return true;
    }

    /// <summary>Stops an operation at the client's request: its stream is cancelled and nothing more is sent for it.</summary>
    protected void Stop(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            operation.Stop();
        }
    }

    private async Task RunOperationAsync(string id, RequestPayload payload, Operation operation)
    {
        // Leave the read loop at once: the operation runs alongside it.
        await Task.Yield();
        var token = operation.Cancellation.Token;
        try
        {
            var result = await Executor.ExecuteAsync(payload.ToRequest(Services, ContextData, token)).ConfigureAwait(false);
            switch (result)
            {
                case ExecutionResult { HasData: false } failure:
                    if (!token.IsCancellationRequested)
                    {
                        await SendRequestErrorAsync(id, failure).ConfigureAwait(false);
                    }

                    break;
                case ExecutionResult single:
                    if (!token.IsCancellationRequested)
                    {
                        await SendNextAsync(id, single).ConfigureAwait(false);
                        await SendCompleteAsync(id).ConfigureAwait(false);
                    }

                    break;
                case SubscriptionResult subscription:
                    await using (subscription.ConfigureAwait(false))
                    {
                        await foreach (var next in subscription.ReadResultsAsync(token).ConfigureAwait(false))
                        {
                            if (token.IsCancellationRequested)
                            {
                                break;
                            }

                            await SendNextAsync(id, next).ConfigureAwait(false);
                        }
                    }

                    if (!token.IsCancellationRequested)
                    {
                        await SendCompleteAsync(id).ConfigureAwait(false);
                    }

                    break;
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // Only a defect gets here (the executor never throws): end the operation with an error, keep the socket.
            if (!token.IsCancellationRequested)
            {
                await SendRequestErrorAsync(id, ExecutionResult.FromError(GraphQLError.Internal(exception))).ConfigureAwait(false);
            }
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, Operation>(id, operation));
            operation.Cancellation.Dispose();
        }
    }

    private async Task WatchInitialisationAsync()
    {
        try
        {
            await Task.Delay(Options.ConnectionInitTimeout, Closed).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_acknowledged)
        {
            await Channel.CloseAsync(GraphQLTransportWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    private sealed class Operation(CancellationTokenSource cancellation)
    {
        public CancellationTokenSource Cancellation { get; } = cancellation;

        public void Stop()
        {
            try
            {
                Cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It had just ended by itself.
            }
        }
    }
}
