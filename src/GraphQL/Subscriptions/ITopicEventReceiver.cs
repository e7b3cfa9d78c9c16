namespace GraphQL.Subscriptions;

/// <summary>Subscribes to topics, optionally resuming after an event the subscriber already saw.</summary>
public interface ITopicEventReceiver
{
    /// <summary>
    /// Subscribes to <paramref name="topic"/>. Without <paramref name="after"/>, the stream holds the events published
    /// after this call returns. With it, the stream first replays every event of the topic's log whose id is greater,
    /// then continues with live events: no event is missed or repeated at the seam.
    /// </summary>
    /// <param name="after">The id of the last event the subscriber saw; <see cref="TopicEventId.Zero"/> replays all
    /// the log still holds.</param>
    /// <param name="cancellationToken">Cancels the subscribing only; end the subscription by disposing the stream (or
    /// its enumerator).</param>
    /// <remarks>
    /// When the log no longer holds every event after <paramref name="after"/> (it is bounded), reading the stream
    /// fails with <see cref="TopicEventsLostException"/> rather than skip events silently.
    /// </remarks>
    ValueTask<ISourceStream<T>> SubscribeAsync<T>(string topic, TopicEventId? after = null, CancellationToken cancellationToken = default);
}
