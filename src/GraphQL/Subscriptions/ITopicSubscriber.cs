namespace GraphQL.Subscriptions;

/// <summary>A subscriber as its topic's fan-out sees it.</summary>
public interface ITopicSubscriber<TPayload>
{
    /// <summary>
    /// Hands over a live event. The topic calls it in id order, one call at a time; it never blocks (a subscriber
    /// whose buffer is full falls back to the log).
    /// </summary>
    void Deliver(TopicEvent<TPayload> topicEvent);

    /// <summary>
    /// Tells the subscriber live events may have been missed (for example while Redis was unreachable): it re-reads
    /// the log after its last delivered event before it takes live events again. Call it only once live delivery has
    /// resumed.
    /// </summary>
    void CatchUpFromLog();

    /// <summary>Ends the stream (the bus is shutting down): the reader sees the end after what it already has.</summary>
    void Complete();
}
