using GraphQL.Subscriptions;

namespace GraphQL.Tests.Subscriptions;

/// <summary>Bounded waits for reading topic streams in tests.</summary>
internal static class StreamReading
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>The next <paramref name="count"/> events; fails if they do not come within <see cref="Patience"/>.</summary>
    public static async Task<List<TopicEvent<T>>> TakeAsync<T>(this IAsyncEnumerator<TopicEvent<T>> events, int count)
    {
        var taken = new List<TopicEvent<T>>(count);
        while (taken.Count < count)
        {
            var moved = await events.MoveNextAsync().AsTask().WaitAsync(Patience);
            if (!moved)
            {
                throw new InvalidOperationException($"The stream ended after {taken.Count} of {count} events.");
            }
            taken.Add(events.Current);
        }
        return taken;
    }

    /// <summary>Reads until the event with <paramref name="lastId"/> (inclusive).</summary>
    public static async Task<List<TopicEvent<T>>> ReadThroughAsync<T>(this ISourceStream<T> stream, TopicEventId lastId)
    {
        var taken = new List<TopicEvent<T>>();
        using var timeout = new CancellationTokenSource(Patience);
        await foreach (var topicEvent in stream.WithCancellation(timeout.Token))
        {
            taken.Add(topicEvent);
            if (topicEvent.Id >= lastId)
            {
                break;
            }
        }
        return taken;
    }

    /// <summary>
    /// True when the stream has nothing more to deliver right now (checked with a short wait); then ends the stream,
    /// which completes the pending read (an async iterator cannot be disposed while a read is pending).
    /// </summary>
    public static async Task<bool> EndsQuietlyAsync<T>(this IAsyncEnumerator<TopicEvent<T>> events, ISourceStream<T> stream)
    {
        var next = events.MoveNextAsync().AsTask();
        var quiet = await Task.WhenAny(next, Task.Delay(TimeSpan.FromMilliseconds(100))) != next;
        await stream.DisposeAsync();
        return quiet && !await next.WaitAsync(Patience);
    }
}
