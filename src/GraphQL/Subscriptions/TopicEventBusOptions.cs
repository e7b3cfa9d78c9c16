namespace GraphQL.Subscriptions;

/// <summary>The limits both buses share.</summary>
public class TopicEventBusOptions
{
    /// <summary>
    /// Live events buffered per subscriber. When a subscriber falls this far behind, its buffer is dropped and it
    /// continues from the topic's log (see <see cref="TopicSubscription{TPayload, TMessage}"/>).
    /// </summary>
    public int SubscriberBufferCapacity { get; set; } = 1024;

    /// <summary>Events each topic's log keeps for replay.</summary>
    public int LogCapacity { get; set; } = 1000;

    /// <summary>How long a topic's log outlives its last event (in memory: its last event and last subscriber).</summary>
    public TimeSpan LogRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Events read from the log per round trip while replaying.</summary>
    public int LogPageSize { get; set; } = 256;

    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public virtual void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(SubscriberBufferCapacity, 1, nameof(SubscriberBufferCapacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(LogCapacity, 1, nameof(LogCapacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(LogPageSize, 1, nameof(LogPageSize));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LogRetention, TimeSpan.Zero, nameof(LogRetention));
    }
}
