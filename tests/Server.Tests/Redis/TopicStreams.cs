using GraphQL.Subscriptions;

namespace Playbooks.Server.Tests.Redis;

/// <summary>Bounded waits for reading topic streams in tests.</summary>
internal static class TopicStreams
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>The next <paramref name="count"/> events; fails if they do not come within <see cref="Patience"/>.</summary>
    public static async Task<List<TopicEvent<T>>> TakeAsync<T>(this IAsyncEnumerator<TopicEvent<T>> events, int count)
    {
        var taken = new List<TopicEvent<T>>(count);
        while (taken.Count < count)
        {
            if (!await events.MoveNextAsync().AsTask().WaitAsync(Patience))
            {
                throw new InvalidOperationException($"The stream ended after {taken.Count} of {count} events.");
            }
            taken.Add(events.Current);
        }
        return taken;
    }

    /// <summary>Reads until the event with <paramref name="lastId"/> (inclusive).</summary>
    public static async Task<List<TopicEvent<T>>> ReadThroughAsync<T>(this IAsyncEnumerator<TopicEvent<T>> events, TopicEventId lastId)
    {
        var taken = new List<TopicEvent<T>>();
        while (taken.Count == 0 || taken[^1].Id < lastId)
        {
            taken.AddRange(await events.TakeAsync(1));
        }
        return taken;
    }

    public static async Task<List<TopicEvent<T>>> ReadThroughAsync<T>(this ISourceStream<T> stream, TopicEventId lastId)
    {
        await using var events = stream.GetAsyncEnumerator();
        return await events.ReadThroughAsync(lastId);
    }
}
