namespace GraphQL.Subscriptions;

/// <summary>One event of a topic, with its position in the topic's log (what a client passes back to resume).</summary>
public sealed record TopicEvent<T>(TopicEventId Id, T Message);
