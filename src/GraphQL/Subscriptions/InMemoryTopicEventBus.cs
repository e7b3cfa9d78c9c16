using System.Collections.Concurrent;

namespace GraphQL.Subscriptions;

/// <summary>
/// The single-process topic event bus (the default when no Redis is configured). Messages are passed to subscribers
/// as the same objects, not copies: publish immutable messages. A subscriber asking for another type than the
/// message's gets an <see cref="InvalidCastException"/> from its stream.
/// </summary>
/// <remarks>
/// Each topic keeps a ring of its last <see cref="TopicEventBusOptions.LogCapacity"/> events for replay. A topic
/// nobody subscribes to is dropped, log included, <see cref="TopicEventBusOptions.LogRetention"/> after its last
/// activity; ids from a dropped log, or from an earlier process, then fail with
/// <see cref="TopicEventsLostException"/> (the events after them are unknown).
/// </remarks>
public sealed class InMemoryTopicEventBus : ITopicEventSender, ITopicEventReceiver, IDisposable
{
    private readonly ConcurrentDictionary<string, InMemoryTopic> _topics = new(StringComparer.Ordinal);
    private readonly TopicEventBusOptions _options;
    private readonly TimeProvider _time;
    private readonly TimeSpan _sweepInterval;
    private long _lastEpoch;
    private long _nextSweepTicks;
    private int _sweeping;
    private bool _disposed;

    public InMemoryTopicEventBus(TopicEventBusOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new TopicEventBusOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _sweepInterval = _options.LogRetention < TimeSpan.FromMinutes(1) ? _options.LogRetention : TimeSpan.FromMinutes(1);
        _nextSweepTicks = (_time.GetUtcNow() + _sweepInterval).UtcTicks;
    }

    public ValueTask<TopicEventId> SendAsync<T>(string topic, T message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        var now = _time.GetUtcNow();
        SweepIfDue(now);
        while (true)
        {
            if (GetTopic(topic, now).TryPublish(message, now, out var id))
            {
                return ValueTask.FromResult(id);
            }
        }
    }

    public ValueTask<ISourceStream<T>> SubscribeAsync<T>(string topic, TopicEventId? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        var now = _time.GetUtcNow();
        SweepIfDue(now);
        while (true)
        {
            var log = GetTopic(topic, now);
            var subscription = new TopicSubscription<object?, T>(topic, after, _options, log, Cast<T>, stream =>
            {
                log.Remove(stream, _time.GetUtcNow());
                return ValueTask.CompletedTask;
            });
            if (log.TryAdd(subscription, out var lastId))
            {
                if (after is null)
                {
                    subscription.StartLiveAfter(lastId);
                }
                return ValueTask.FromResult<ISourceStream<T>>(subscription);
            }
        }
    }

    /// <summary>Ends every subscription (their streams end after what they already hold).</summary>
    public void Dispose()
    {
        _disposed = true;
        foreach (var topic in _topics.Values)
        {
            foreach (var subscriber in topic.EvictAll())
            {
                subscriber.Complete();
            }
        }
        _topics.Clear();
    }

    internal int TopicCount => _topics.Count;

    internal int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var log) ? log.SubscriberCount : 0;

    private InMemoryTopic GetTopic(string topic, DateTimeOffset now) =>
        _topics.GetOrAdd(topic, static (_, state) => new InMemoryTopic(state.Bus.NextEpoch(state.Now), state.Bus._options.LogCapacity, state.Now), (Bus: this, Now: now));

    // Strictly increasing across this bus's topic logs, so ids of an evicted log sort before its successor's.
    private ulong NextEpoch(DateTimeOffset now)
    {
        var milliseconds = now.ToUnixTimeMilliseconds();
        while (true)
        {
            var last = Interlocked.Read(ref _lastEpoch);
            var next = Math.Max(milliseconds, last + 1);
            if (Interlocked.CompareExchange(ref _lastEpoch, next, last) == last)
            {
                return (ulong)next;
            }
        }
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now.UtcTicks < Interlocked.Read(ref _nextSweepTicks) || Interlocked.Exchange(ref _sweeping, 1) != 0)
        {
            return;
        }
        try
        {
            foreach (var (name, topic) in _topics)
            {
                if (topic.TryEvict(now, _options.LogRetention))
                {
                    _topics.TryRemove(new KeyValuePair<string, InMemoryTopic>(name, topic));
                }
            }
            Interlocked.Exchange(ref _nextSweepTicks, (now + _sweepInterval).UtcTicks);
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }

    private static T Cast<T>(object? payload) => payload switch
    {
        T message => message,
        null when default(T) is null => default!,
        _ => throw new InvalidCastException(
            $"The topic carries a {payload?.GetType().Name ?? "null"} message, the subscriber expects {typeof(T).Name}."),
    };
}
