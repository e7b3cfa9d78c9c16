using System.Collections.Concurrent;
using GraphQL.Subscriptions;
using StackExchange.Redis;

namespace Playbooks.Server.Redis;

/// <summary>
/// One topic of <see cref="RedisTopicEventBus"/> in this process: its stream (the log) and channel (live events),
/// and the local subscribers its one channel subscription fans out to.
/// </summary>
/// <remarks>
/// Channel messages are <c>{id} {json}</c> for events and <c>?{nonce}</c> for the probes the bus sends after a
/// reconnect to learn that the channel delivers again. Fan-out and interruption share one lock, so every event is
/// either delivered live or dropped before the subscribers' catch-up from the log.
/// </remarks>
internal sealed class RedisTopic : ITopicLog<string>
{
    private readonly RedisTopicEventBus _bus;
    private readonly Lock _subscribersGate = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _probes = new(StringComparer.Ordinal);
    private ITopicSubscriber<string>[] _subscribers = [];
    private bool _interrupted;
    private int _references;
    private long _interruptions;

    public RedisTopic(RedisTopicEventBus bus, string name, string keyPrefix)
    {
        _bus = bus;
        Name = name;
        StreamKey = keyPrefix + "stream:" + name;
        Channel = new RedisChannel(keyPrefix + "channel:" + name, RedisChannel.PatternMode.Literal);
        Handler = OnMessage;
    }

    public string Name { get; }

    public RedisKey StreamKey { get; }

    public RedisChannel Channel { get; }

    /// <summary>The channel handler; the same delegate unsubscribes it.</summary>
    public Action<RedisChannel, RedisValue> Handler { get; }

    /// <summary>Serialises subscribing and unsubscribing the channel.</summary>
    public SemaphoreSlim ChannelGate { get; } = new(1, 1);

    /// <summary>Whether the channel is subscribed (changed under <see cref="ChannelGate"/>).</summary>
    public bool ChannelSubscribed { get; set; }

    /// <summary>Subscribers, and subscriptions being started, that keep this topic in the bus (changed under the bus's lock).</summary>
    public int References
    {
        get => Volatile.Read(ref _references);
        set => Volatile.Write(ref _references, value);
    }

    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    public void Add(ITopicSubscriber<string> subscriber)
    {
        lock (_subscribersGate)
        {
            _subscribers = [.. _subscribers, subscriber];
        }
    }

    public void Remove(ITopicSubscriber<string> subscriber)
    {
        lock (_subscribersGate)
        {
            _subscribers = Array.FindAll(_subscribers, candidate => !ReferenceEquals(candidate, subscriber));
        }
    }

    /// <summary>How many times the channel's connection was lost (a probe sent before the last loss proves nothing).</summary>
    public long Interruptions => Interlocked.Read(ref _interruptions);

    /// <summary>
    /// The channel's connection is lost: until <see cref="TryResume"/>, live events are dropped rather than delivered.
    /// Delivering one would move subscribers past events that reached Redis while this process was cut off, which
    /// only the log holds.
    /// </summary>
    public void Interrupt()
    {
        lock (_subscribersGate)
        {
            _interrupted = true;
            Interlocked.Increment(ref _interruptions);
        }
    }

    /// <summary>
    /// The channel delivers again (a probe sent after interruption number <paramref name="interruptions"/> came
    /// back): live events flow again and every subscriber first re-reads the log after its last delivered event, where
    /// the dropped events and those published while cut off are.
    /// </summary>
    /// <returns>False when the connection was lost again meanwhile.</returns>
    public bool TryResume(long interruptions)
    {
        lock (_subscribersGate)
        {
            if (Interruptions != interruptions)
            {
                return false;
            }
            _interrupted = false;
            foreach (var subscriber in _subscribers)
            {
                subscriber.CatchUpFromLog();
            }
            return true;
        }
    }

    public void CompleteAll()
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber.Complete();
        }
    }

    /// <summary>A probe to publish on the channel, and the task that completes when this process receives it.</summary>
    public (string Message, Task Received) NewProbe()
    {
        var nonce = Guid.NewGuid().ToString("N");
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _probes[nonce] = received;
        return ("?" + nonce, received.Task);
    }

    public void ForgetProbes() => _probes.Clear();

    public ValueTask<TopicLogPage<string>> ReadAsync(TopicEventId after, int maxCount, CancellationToken cancellationToken) =>
        _bus.ReadLogAsync(this, after, maxCount, cancellationToken);

    private void OnMessage(RedisChannel channel, RedisValue value)
    {
        string? text = value;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        if (text[0] == '?')
        {
            if (_probes.TryRemove(text[1..], out var probe))
            {
                probe.TrySetResult();
            }
            return;
        }
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !TopicEventId.TryParse(text.AsSpan(0, space), null, out var id))
        {
            return;
        }
        var topicEvent = new TopicEvent<string>(id, text[(space + 1)..]);
        // The multiplexer delivers a channel's messages one at a time, in order (PreserveAsyncOrder).
        lock (_subscribersGate)
        {
            if (_interrupted)
            {
                return;
            }
            foreach (var subscriber in _subscribers)
            {
                subscriber.Deliver(topicEvent);
            }
        }
    }
}
