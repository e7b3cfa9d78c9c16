namespace GraphQL.Subscriptions;

/// <summary>A subscription could not be started (for Redis: still unreachable after the retry window).</summary>
public sealed class TopicSubscribeException : Exception
{
    public TopicSubscribeException(string topic, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Topic = topic;
    }

    public string Topic { get; }
}
