namespace GraphQL.Subscriptions;

/// <summary>Publishes events to topics (<c>execution:{id}</c>, <c>thread:{id}</c>, …).</summary>
public interface ITopicEventSender
{
    /// <summary>
    /// Appends <paramref name="message"/> to the topic's log and delivers it to the topic's subscribers, in every
    /// process sharing the bus. Returns the id the event got.
    /// </summary>
    /// <exception cref="TopicPublishException">The event could not be published (for Redis: still unreachable after
    /// the retry window); it was not delivered.</exception>
    ValueTask<TopicEventId> SendAsync<T>(string topic, T message, CancellationToken cancellationToken = default);
}
