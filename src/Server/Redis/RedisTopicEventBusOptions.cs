using System.Text.Json;
using GraphQL.Subscriptions;

namespace Playbooks.Server.Redis;

/// <summary>Settings of <see cref="RedisTopicEventBus"/>, beyond the limits both buses share.</summary>
internal sealed class RedisTopicEventBusOptions : TopicEventBusOptions
{
    /// <summary>Prefix of the bus's keys and channels (<c>{prefix}stream:{topic}</c>, <c>{prefix}channel:{topic}</c>).</summary>
    public string KeyPrefix { get; set; } = "playbooks:events:";

    /// <summary>How messages are written to Redis and read back.</summary>
    public JsonSerializerOptions SerializerOptions { get; set; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// How long publishing (and starting a subscription) keeps retrying while Redis is unreachable before it fails
    /// with <see cref="TopicPublishException"/> (<see cref="TopicSubscribeException"/>).
    /// </summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromSeconds(5);

    public override void Validate()
    {
        base.Validate();
        ArgumentException.ThrowIfNullOrEmpty(KeyPrefix, nameof(KeyPrefix));
        ArgumentNullException.ThrowIfNull(SerializerOptions, nameof(SerializerOptions));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryWindow, TimeSpan.Zero, nameof(RetryWindow));
    }
}
