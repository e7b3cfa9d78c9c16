using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GraphQL.Subscriptions;

/// <summary>
/// One subscriber of one topic: the seam between the topic's log and its live events, shared by both buses.
/// </summary>
/// <remarks>
/// <para>
/// The subscriber is registered with its topic (so live events are buffered) before it reads anything from the log.
/// It then reads the log after its position page by page, and takes live events once a page comes back short. Live
/// events arrive in id order, so an event whose id is not greater than the last one delivered was already delivered
/// from the log and is skipped: no gap and no duplicate at the seam.
/// </para>
/// <para>
/// Overflow policy: the live buffer is bounded (<see cref="TopicEventBusOptions.SubscriberBufferCapacity"/>) and a
/// publisher never waits for a subscriber. When a slow subscriber's buffer is full, the buffer is dropped and the
/// subscriber goes back to reading the log after its last delivered event, as it does after a Redis reconnect
/// (<see cref="CatchUpFromLog"/>): every dropped event is in the log. Only when the log has itself dropped events the
/// subscriber has not read (the subscriber is more than <see cref="TopicEventBusOptions.LogCapacity"/> events behind)
/// does reading fail, with <see cref="TopicEventsLostException"/> naming the last id delivered.
/// </para>
/// </remarks>
public sealed class TopicSubscription<TPayload, TMessage> : ISourceStream<TMessage>, ITopicSubscriber<TPayload>
{
    private readonly ITopicLog<TPayload> _log;
    private readonly Func<TPayload, TMessage> _convert;
    private readonly Func<TopicSubscription<TPayload, TMessage>, ValueTask> _unsubscribe;
    private readonly int _pageSize;
    // Null entries only wake a waiting reader to look at _catchUpRequested.
    private readonly Channel<TopicEvent<TPayload>?> _buffer;
    private readonly Lock _deliverGate = new();
    private readonly CancellationTokenSource _disposed = new();
    private TopicEventId _position;
    // Replaying after Zero at the subscriber's request: events the log dropped before its first one are not a gap.
    private bool _lenient;
    private bool _readingLog;
    private bool _completed;
    private int _catchUpRequested;
    private int _enumerated;
    private int _disposeStarted;

    /// <param name="after">The subscriber's last seen id, or null for live events only; then the bus calls
    /// <see cref="StartLiveAfter"/> once the subscription is registered.</param>
    /// <param name="unsubscribe">Called once, when the stream is disposed.</param>
    public TopicSubscription(
        string topic,
        TopicEventId? after,
        TopicEventBusOptions options,
        ITopicLog<TPayload> log,
        Func<TPayload, TMessage> convert,
        Func<TopicSubscription<TPayload, TMessage>, ValueTask> unsubscribe)
    {
        Topic = topic;
        _log = log;
        _convert = convert;
        _unsubscribe = unsubscribe;
        _pageSize = options.LogPageSize;
        _buffer = Channel.CreateBounded<TopicEvent<TPayload>?>(new BoundedChannelOptions(options.SubscriberBufferCapacity)
        {
            SingleWriter = false,
            SingleReader = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        if (after is { } position)
        {
            _position = position;
            _lenient = position == TopicEventId.Zero;
            _readingLog = true;
        }
    }

    public string Topic { get; }

    /// <summary>
    /// For a live-only subscription: the log's last id at a moment after the subscription was registered. Later
    /// events are delivered; it is also where the subscriber resumes from the log after an overflow.
    /// </summary>
    public void StartLiveAfter(TopicEventId lastId) => _position = lastId;

    public void Deliver(TopicEvent<TPayload> topicEvent)
    {
        lock (_deliverGate)
        {
            if (_completed || _buffer.Writer.TryWrite(topicEvent))
            {
                return;
            }
            // Full: drop the buffer, everything in it is in the log, which the reader reads next.
            Volatile.Write(ref _catchUpRequested, 1);
            while (_buffer.Reader.TryRead(out _))
            {
            }
            _buffer.Writer.TryWrite(null);
        }
    }

    public void CatchUpFromLog()
    {
        lock (_deliverGate)
        {
            Volatile.Write(ref _catchUpRequested, 1);
            _buffer.Writer.TryWrite(null);
        }
    }

    public void Complete()
    {
        lock (_deliverGate)
        {
            _completed = true;
            _buffer.Writer.TryComplete();
        }
        _disposed.Cancel();
    }

    /// <exception cref="InvalidOperationException">The stream was already read.</exception>
    public IAsyncEnumerator<TopicEvent<TMessage>> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException($"The subscription to topic '{Topic}' can be read only once.");
        }
        return ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposeStarted, 1) != 0)
        {
            return;
        }
        Complete();
        await _unsubscribe(this).ConfigureAwait(false);
    }

    private async IAsyncEnumerable<TopicEvent<TMessage>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token);
        var token = linked.Token;
        try
        {
            while (true)
            {
                if (Interlocked.Exchange(ref _catchUpRequested, 0) == 1)
                {
                    _readingLog = true;
                }

                if (_readingLog)
                {
                    var page = await ReadLogAsync(token).ConfigureAwait(false);
                    if (page is null)
                    {
                        yield break;
                    }
                    foreach (var logged in page.Events)
                    {
                        if (logged.Id > _position)
                        {
                            yield return Accept(logged);
                        }
                    }
                    _readingLog = page.Events.Count >= _pageSize;
                    continue;
                }

                if (!await WaitForLiveAsync(token).ConfigureAwait(false))
                {
                    yield break;
                }
                while (_buffer.Reader.TryRead(out var live))
                {
                    if (Volatile.Read(ref _catchUpRequested) == 1)
                    {
                        break; // this event and the rest come from the log
                    }
                    if (live is not null && live.Id > _position)
                    {
                        yield return Accept(live);
                    }
                }
            }
        }
        finally
        {
            await DisposeAsync().ConfigureAwait(false);
        }
    }

    private TopicEvent<TMessage> Accept(TopicEvent<TPayload> topicEvent)
    {
        _position = topicEvent.Id;
        _lenient = false;
        return new TopicEvent<TMessage>(topicEvent.Id, _convert(topicEvent.Message));
    }

    /// <summary>The next page after the position, checked for a gap; null once the stream was disposed.</summary>
    private async ValueTask<TopicLogPage<TPayload>?> ReadLogAsync(CancellationToken token)
    {
        TopicLogPage<TPayload> page;
        try
        {
            page = await _log.ReadAsync(_position, _pageSize, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            return null;
        }
        if (_position > page.LastId)
        {
            throw new TopicEventsLostException(Topic, _position, "the id is beyond the topic's log (the log was lost or expired)");
        }
        if (!_lenient && page.TrimmedThrough > _position)
        {
            throw new TopicEventsLostException(Topic, _position, "the topic's log has dropped them");
        }
        return page;
    }

    private async ValueTask<bool> WaitForLiveAsync(CancellationToken token)
    {
        try
        {
            return await _buffer.Reader.WaitToReadAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            return false;
        }
    }
}
