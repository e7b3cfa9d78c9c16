namespace GraphQL.Subscriptions;

/// <summary>
/// A topic of <see cref="InMemoryTopicEventBus"/>: a ring of its last events, ids <c>{epoch}-{n}</c> with a counter,
/// and its subscribers. One lock orders appending and fan-out, so subscribers see live events in id order.
/// </summary>
internal sealed class InMemoryTopic : ITopicLog<object?>
{
    private readonly Lock _gate = new();
    private readonly TopicEvent<object?>[] _ring;
    private readonly ulong _epoch;
    private int _oldest;
    private int _count;
    private ulong _lastSequence;
    // Ids before (epoch, 0) belong to an earlier log of this topic (another process, or one evicted): all lost.
    private ulong _trimmedThroughSequence;
    private ITopicSubscriber<object?>[] _subscribers = [];
    private DateTimeOffset _lastActivity;
    private bool _evicted;

    public InMemoryTopic(ulong epoch, int capacity, DateTimeOffset now)
    {
        _epoch = epoch;
        _ring = new TopicEvent<object?>[capacity];
        _lastActivity = now;
    }

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Length;
            }
        }
    }

    private TopicEventId LastId => new(_epoch, _lastSequence);

    /// <returns>False when the topic was evicted meanwhile: use the bus's new one.</returns>
    public bool TryPublish(object? message, DateTimeOffset now, out TopicEventId id)
    {
        lock (_gate)
        {
            id = default;
            if (_evicted)
            {
                return false;
            }
            id = new TopicEventId(_epoch, ++_lastSequence);
            var topicEvent = new TopicEvent<object?>(id, message);
            if (_count == _ring.Length)
            {
                _trimmedThroughSequence = _ring[_oldest].Id.Sequence;
                _ring[_oldest] = topicEvent;
                _oldest = (_oldest + 1) % _ring.Length;
            }
            else
            {
                _ring[(_oldest + _count) % _ring.Length] = topicEvent;
                _count++;
            }
            _lastActivity = now;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Deliver(topicEvent);
            }
            return true;
        }
    }

    /// <param name="lastId">The id of the last event published before the subscriber was added.</param>
    /// <returns>False when the topic was evicted meanwhile: use the bus's new one.</returns>
    public bool TryAdd(ITopicSubscriber<object?> subscriber, out TopicEventId lastId)
    {
        lock (_gate)
        {
            lastId = LastId;
            if (_evicted)
            {
                return false;
            }
            _subscribers = [.. _subscribers, subscriber];
            return true;
        }
    }

    public void Remove(ITopicSubscriber<object?> subscriber, DateTimeOffset now)
    {
        lock (_gate)
        {
            _subscribers = Array.FindAll(_subscribers, candidate => !ReferenceEquals(candidate, subscriber));
            _lastActivity = now;
        }
    }

    /// <summary>Marks the topic evicted when nobody listens and nothing happened for <paramref name="retention"/>.</summary>
    public bool TryEvict(DateTimeOffset now, TimeSpan retention)
    {
        lock (_gate)
        {
            _evicted = _evicted || (_subscribers.Length == 0 && now - _lastActivity >= retention);
            return _evicted;
        }
    }

    public ITopicSubscriber<object?>[] EvictAll()
    {
        lock (_gate)
        {
            _evicted = true;
            var subscribers = _subscribers;
            _subscribers = [];
            return subscribers;
        }
    }

    public ValueTask<TopicLogPage<object?>> ReadAsync(TopicEventId after, int maxCount, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var skip = 0;
            if (after.Timestamp > _epoch)
            {
                skip = _count;
            }
            else if (after.Timestamp == _epoch && _count > 0)
            {
                var oldestSequence = _ring[_oldest].Id.Sequence;
                skip = after.Sequence < oldestSequence ? 0 : (int)Math.Min((ulong)_count, after.Sequence - oldestSequence + 1);
            }
            var take = Math.Min(maxCount, _count - skip);
            var events = new TopicEvent<object?>[take];
            for (var i = 0; i < take; i++)
            {
                events[i] = _ring[(_oldest + skip + i) % _ring.Length];
            }
            var page = new TopicLogPage<object?>(events, new TopicEventId(_epoch, _trimmedThroughSequence), LastId);
            return ValueTask.FromResult(page);
        }
    }
}
