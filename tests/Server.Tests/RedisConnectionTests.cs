using Playbooks.Server.Redis;
using Playbooks.Testing;
using StackExchange.Redis;

namespace Playbooks.Server.Tests;

public sealed class RedisConnectionTests(TestRedis redis) : IClassFixture<TestRedis>
{
    [Fact]
    public async Task Connects_once_and_delivers_published_messages()
    {
        await using var connection = new RedisConnection(TestRedis.Configuration);
        var first = await connection.GetAsync();
        var second = await connection.GetAsync();
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var channel = new RedisChannel(redis.Prefix + "health", RedisChannel.PatternMode.Literal);
        await first.GetSubscriber().SubscribeAsync(channel, (_, message) => received.TrySetResult(message!));

        await redis.Connection.GetSubscriber().PublishAsync(channel, "ping");

        second.Should().BeSameAs(first);
        (await received.Task.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be("ping");
    }

    [Fact]
    public async Task Unconfigured_redis_says_so()
    {
        await using var connection = new RedisConnection(null);

        var act = () => connection.GetAsync();

        connection.IsConfigured.Should().BeFalse();
        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*Redis__Configuration*");
    }
}
