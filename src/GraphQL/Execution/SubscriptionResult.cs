using System.Runtime.CompilerServices;

namespace GraphQL.Execution;

/// <summary>
/// The response stream of a subscription (<see href="https://spec.graphql.org/September2025/#MapSourceToResponseEvent()">MapSourceToResponseEvent()</see>):
/// one <see cref="ExecutionResult"/> per event of the source stream, each the operation executed with the event as root value.
/// </summary>
/// <remarks>
/// Read it once. The source stream is disposed when the reader stops (leaves its <c>await foreach</c>), when the token given to
/// <see cref="ReadResultsAsync"/> or the request's token fires, or on <see cref="DisposeAsync"/>. A source stream that fails
/// ends the response stream with one result carrying the error.
/// </remarks>
public sealed class SubscriptionResult : IExecutionResult, IAsyncDisposable
{
    private readonly IAsyncEnumerable<object?> _source;
    private readonly Func<object?, CancellationToken, ValueTask<ExecutionResult>> _executeEvent;
    private readonly Func<Exception, ExecutionResult> _streamFailed;
    private readonly CancellationToken _requestAborted;
    private readonly CancellationTokenSource _disposed = new();
    private int _read;
    private int _closed;

    internal SubscriptionResult(
        IAsyncEnumerable<object?> source,
        Func<object?, CancellationToken, ValueTask<ExecutionResult>> executeEvent,
        Func<Exception, ExecutionResult> streamFailed,
        CancellationToken requestAborted)
    {
        _source = source;
        _executeEvent = executeEvent;
        _streamFailed = streamFailed;
        _requestAborted = requestAborted;
        Telemetry.GraphQLTelemetry.SubscriptionOpened();
    }

    /// <summary>Always empty: a subscription that could not start is an <see cref="ExecutionResult"/> instead.</summary>
    public IReadOnlyList<GraphQLError> Errors => [];

    /// <summary>The response stream; can be read once.</summary>
    /// <exception cref="InvalidOperationException">The stream was already read.</exception>
    public IAsyncEnumerable<ExecutionResult> ReadResultsAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _read, 1) != 0)
        {
            throw new InvalidOperationException("The results of a subscription can be read only once.");
        }

        return ReadAsync(cancellationToken);
    }

    /// <summary>Stops the stream: a reader's pending wait ends and the source stream is disposed.</summary>
    public ValueTask DisposeAsync()
    {
        _disposed.Cancel();
        Close();
        return default;
    }

    private async IAsyncEnumerable<ExecutionResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _requestAborted, _disposed.Token);
        var token = linked.Token;
        var events = _source.GetAsyncEnumerator(token);
        try
        {
            while (true)
            {
                bool hasEvent;
                ExecutionResult? failure = null;
                try
                {
                    hasEvent = await events.MoveNextAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    hasEvent = false;
                }
                catch (Exception exception)
                {
                    hasEvent = false;
                    failure = _streamFailed(exception);
                }

                if (failure is not null)
                {
                    yield return failure;
                }

                if (!hasEvent)
                {
                    yield break;
                }

                ExecutionResult result;
                using (Telemetry.GraphQLTelemetry.Source.StartActivity("graphql.subscription.event"))
                {
                    result = await _executeEvent(events.Current, token).ConfigureAwait(false);
                }

                yield return result;
            }
        }
        finally
        {
            Close();
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The stream ended or was disposed: no longer an active subscription (counted once).</summary>
    private void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            Telemetry.GraphQLTelemetry.SubscriptionClosed();
        }
    }
}
