namespace GraphQL.Subscriptions;

/// <summary>An event could not be published: it is in no topic log and reached no subscriber.</summary>
public sealed class TopicPublishException : Exception
{
    public TopicPublishException(string topic, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Topic = topic;
    }

    public string Topic { get; }
}
