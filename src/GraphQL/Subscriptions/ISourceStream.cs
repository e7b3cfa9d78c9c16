namespace GraphQL.Subscriptions;

/// <summary>
/// One subscriber's events of one topic, in id order. Read it once; leaving the <c>await foreach</c> (or disposing
/// the stream) unsubscribes.
/// </summary>
/// <remarks>
/// Reading fails with <see cref="TopicEventsLostException"/> when the events after the subscriber's position are no
/// longer in the topic's log; the exception tells the last id delivered.
/// </remarks>
public interface ISourceStream<T> : IAsyncEnumerable<TopicEvent<T>>, IAsyncDisposable
{
    string Topic { get; }
}
