namespace GraphQL.Subscriptions;

/// <summary>A topic's bounded event log, as a bus implementation exposes it to <see cref="TopicSubscription{TPayload, TMessage}"/>.</summary>
/// <typeparam name="TPayload">The bus's stored form of a message (the object itself in memory, JSON in Redis).</typeparam>
public interface ITopicLog<TPayload>
{
    /// <summary>
    /// Reads, in one consistent snapshot, up to <paramref name="maxCount"/> events with ids greater than
    /// <paramref name="after"/> (none when <paramref name="maxCount"/> is 0), with the log's bounds.
    /// </summary>
    ValueTask<TopicLogPage<TPayload>> ReadAsync(TopicEventId after, int maxCount, CancellationToken cancellationToken);
}

/// <summary>A page of a topic's log.</summary>
/// <param name="Events">Events after the requested id, in id order.</param>
/// <param name="TrimmedThrough">The greatest id the log has dropped (or, for a log that began after an earlier one
/// was lost, an id before its first event): any position below it has lost events.</param>
/// <param name="LastId">The id of the newest event ever appended to the log (<see cref="TopicEventId.Zero"/> when the
/// log is empty or gone): a position beyond it is not from this log.</param>
public sealed record TopicLogPage<TPayload>(IReadOnlyList<TopicEvent<TPayload>> Events, TopicEventId TrimmedThrough, TopicEventId LastId);
