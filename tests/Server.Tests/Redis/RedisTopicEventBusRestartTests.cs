using GraphQL.Subscriptions;
using Playbooks.Server.Redis;
using StackExchange.Redis;

namespace Playbooks.Server.Tests.Redis;

/// <summary>The Redis bus while its Redis (a private one, persisted to an append-only file) is killed and started again.</summary>
public sealed class RedisTopicEventBusRestartTests : IAsyncLifetime
{
    private readonly Stack<IAsyncDisposable> _owned = new();
    private PrivateRedisServer _server = null!;

    [Fact]
    public async Task A_subscription_gets_every_event_once_across_a_redis_restart()
    {
        var publisherSignal = new RetrySignal();
        var publisher = NewBus(publisherSignal, TimeSpan.FromSeconds(20));
        var subscriberConnection = new RedisConnection(_server.Configuration);
        var subscriber = NewBus(connection: subscriberConnection);
        await using var stream = await subscriber.SubscribeAsync<int>("restart");
        await using var events = stream.GetAsyncEnumerator();
        var published = new Dictionary<TopicEventId, int>();
        for (var i = 0; i < 5; i++)
        {
            published[await publisher.SendAsync("restart", i)] = i;
        }
        (await events.TakeAsync(5)).Select(e => e.Id).Should().Equal(published.Keys);

        await _server.KillAsync();
        var duringOutage = Task.Run(async () =>
        {
            var ids = new List<TopicEventId>();
            for (var i = 5; i < 7; i++)
            {
                ids.Add(await publisher.SendAsync("restart", i));
            }
            return ids;
        });
        await publisherSignal.Warned.WaitAsync(TopicStreams.Patience); // the publisher is retrying
        await _server.RestartAsync();
        // A process that connects at once publishes while the subscriber's connection is still down: these events
        // reach the subscriber only through the log. As soon as the subscriber is back, more events follow, which
        // may reach it live before it has caught up from the log.
        var early = NewBus();
        for (var i = 7; i < 10; i++)
        {
            published[await early.SendAsync("restart", i)] = i;
        }
        var multiplexer = await subscriberConnection.GetAsync();
        using (var timeout = new CancellationTokenSource(TopicStreams.Patience))
        {
            while (!multiplexer.IsConnected)
            {
                await Task.Delay(5, timeout.Token);
            }
        }
        for (var i = 10; i < 15; i++)
        {
            published[await early.SendAsync("restart", i)] = i;
        }
        var retried = await duringOutage.WaitAsync(TopicStreams.Patience);
        published[retried[0]] = 5;
        published[retried[1]] = 6;

        var expected = published.OrderBy(pair => pair.Key).Skip(5).Select(pair => (pair.Key, pair.Value)).ToList();
        var received = await events.ReadThroughAsync(expected[^1].Key);
        received.Select(e => (e.Id, e.Message)).Should().Equal(expected);
    }

    [Fact]
    public async Task A_subscriber_resuming_with_its_last_id_after_a_restart_gets_every_missed_event_once()
    {
        var publisherSignal = new RetrySignal();
        var publisher = NewBus(publisherSignal, TimeSpan.FromSeconds(20));
        var subscriber = NewBus(retryWindow: TimeSpan.FromSeconds(20));
        TopicEventId lastSeen;
        await using (var first = await subscriber.SubscribeAsync<int>("resume"))
        {
            var seen = await publisher.SendAsync("resume", 0);
            lastSeen = (await first.ReadThroughAsync(seen)).Last().Id;
        }

        await _server.KillAsync();
        var missed = publisher.SendAsync("resume", 1).AsTask();
        await publisherSignal.Warned.WaitAsync(TopicStreams.Patience);
        await _server.RestartAsync();
        var missedId = await missed.WaitAsync(TopicStreams.Patience);
        await using var resumed = await subscriber.SubscribeAsync<int>("resume", after: lastSeen);
        await using var events = resumed.GetAsyncEnumerator();
        var replayed = await events.TakeAsync(1);
        var live = await publisher.SendAsync("resume", 2);

        replayed.Single().Should().Be(new TopicEvent<int>(missedId, 1));
        (await events.TakeAsync(1)).Single().Should().Be(new TopicEvent<int>(live, 2));
    }

    [Fact]
    public async Task Publishing_while_redis_is_down_succeeds_once_when_it_returns_within_the_window()
    {
        var signal = new RetrySignal();
        var bus = NewBus(signal, TimeSpan.FromSeconds(20));
        await bus.SendAsync("retry", "before");

        await _server.KillAsync();
        var sending = bus.SendAsync("retry", "during").AsTask();
        await signal.Warned.WaitAsync(TopicStreams.Patience);
        sending.IsCompleted.Should().BeFalse("it keeps retrying");
        await _server.RestartAsync();
        var id = await sending.WaitAsync(TopicStreams.Patience);

        using var connection = await ConnectionMultiplexer.ConnectAsync(_server.Configuration);
        var entries = (RedisResult[])(await connection.GetDatabase().ExecuteAsync("XRANGE", "restart-test:stream:retry", "-", "+"))!;
        entries.Select(entry => (string?)((RedisResult[])entry!)[0]).Should().HaveCount(2).And.EndWith(id.ToString());
    }

    [Fact]
    public async Task Publishing_while_redis_stays_down_fails_after_the_window()
    {
        var bus = NewBus(retryWindow: TimeSpan.FromMilliseconds(500));
        await bus.SendAsync("down", 1);
        await _server.KillAsync();

        var send = () => bus.SendAsync("down", 2).AsTask().WaitAsync(TopicStreams.Patience);
        var subscribe = () => bus.SubscribeAsync<int>("down-too").AsTask().WaitAsync(TopicStreams.Patience);

        (await send.Should().ThrowAsync<TopicPublishException>().WithMessage("*'down'*unreachable*")).Which.Topic.Should().Be("down");
        await subscribe.Should().ThrowAsync<TopicSubscribeException>();
        bus.SubscribedTopicCount.Should().Be(0);
    }

    public async Task InitializeAsync() => _server = await PrivateRedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        while (_owned.TryPop(out var owned))
        {
            await owned.DisposeAsync();
        }
        await _server.DisposeAsync();
    }

    private RedisTopicEventBus NewBus(RetrySignal? logger = null, TimeSpan? retryWindow = null, RedisConnection? connection = null)
    {
        connection ??= new RedisConnection(_server.Configuration);
        var options = new RedisTopicEventBusOptions { KeyPrefix = "restart-test:" };
        if (retryWindow is { } window)
        {
            options.RetryWindow = window;
        }
        var bus = new RedisTopicEventBus(connection, options, logger);
        _owned.Push(connection);
        _owned.Push(bus);
        return bus;
    }
}
