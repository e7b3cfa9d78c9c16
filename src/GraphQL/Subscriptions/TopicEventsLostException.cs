namespace GraphQL.Subscriptions;

/// <summary>
/// The events after a subscriber's position are no longer in the topic's log (it is bounded, and expires when idle;
/// a Redis log is also lost with Redis's data), so the subscription cannot continue without a gap. The subscriber
/// should reload its state and subscribe afresh.
/// </summary>
public sealed class TopicEventsLostException : Exception
{
    public TopicEventsLostException(string topic, TopicEventId lastDeliveredId, string reason)
        : base($"Events of topic '{topic}' after {lastDeliveredId} are no longer available: {reason}.")
    {
        Topic = topic;
        LastDeliveredId = lastDeliveredId;
    }

    public string Topic { get; }

    /// <summary>The subscriber's position: the last event it received, or where it started.</summary>
    public TopicEventId LastDeliveredId { get; }
}
