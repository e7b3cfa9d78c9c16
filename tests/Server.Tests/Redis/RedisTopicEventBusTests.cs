using System.Collections.Concurrent;
using System.Threading.Channels;
using GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Playbooks.Server.Redis;
using Playbooks.Testing;
using StackExchange.Redis;

namespace Playbooks.Server.Tests.Redis;

/// <summary>The Redis bus against the shared test Redis; each bus has a connection of its own, like a server process.</summary>
public sealed class RedisTopicEventBusTests(TestRedis redis) : IClassFixture<TestRedis>, IAsyncLifetime
{
    private readonly Stack<IAsyncDisposable> _owned = new();

    [Fact]
    public async Task Every_local_subscriber_receives_every_event_in_order()
    {
        var bus = NewBus();
        var streams = new[] { await bus.SubscribeAsync<int>("fan-out"), await bus.SubscribeAsync<int>("fan-out"), await bus.SubscribeAsync<int>("fan-out") };
        var ids = new List<TopicEventId>();

        for (var i = 0; i < 50; i++)
        {
            ids.Add(await bus.SendAsync("fan-out", i));
        }

        ids.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        foreach (var stream in streams)
        {
            var received = await stream.ReadThroughAsync(ids[^1]);
            received.Select(e => (e.Id, e.Message)).Should().Equal(ids.Select((id, i) => (id, i)));
        }
    }

    [Fact]
    public async Task An_event_published_through_one_bus_reaches_subscribers_of_another()
    {
        var a = NewBus();
        var b = NewBus();
        await using var onA = await a.SubscribeAsync<Progress>("shared");
        await using var onB = await b.SubscribeAsync<Progress>("shared");

        var first = await a.SendAsync("shared", new Progress("execution-1", 1, ["plan"]));
        var second = await b.SendAsync("shared", new Progress("execution-1", 2, ["plan", "run"]));

        var expected = new[] { (first, 1), (second, 2) };
        (await onB.ReadThroughAsync(second)).Select(e => (e.Id, e.Message.Step)).Should().Equal(expected);
        var onASide = await onA.ReadThroughAsync(second);
        onASide.Select(e => (e.Id, e.Message.Step)).Should().Equal(expected);
        onASide[1].Message.Should().BeEquivalentTo(new Progress("execution-1", 2, ["plan", "run"]));
    }

    [Fact]
    public async Task Messages_travel_as_json_with_the_configured_options()
    {
        var bus = NewBus();
        await using var stream = await bus.SubscribeAsync<Progress>("json");

        var id = await bus.SendAsync("json", new Progress("execution-2", 3, []));

        var stored = await redis.Connection.GetDatabase().ExecuteAsync("XRANGE", redis.Prefix + "stream:json", "-", "+");
        var fields = (RedisResult[])((RedisResult[])((RedisResult[])stored!)[0]!)[1]!;
        ((string?)fields[1]).Should().Be("""{"executionId":"execution-2","step":3,"done":[]}""");
        (await stream.ReadThroughAsync(id)).Single().Message.ExecutionId.Should().Be("execution-2");
    }

    [Fact]
    public async Task Replay_delivers_exactly_the_events_after_the_id_then_live_ones()
    {
        var publisher = NewBus();
        var ids = new List<TopicEventId>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await publisher.SendAsync("replay", i));
        }

        await using var stream = await NewBus().SubscribeAsync<int>("replay", after: ids[6]);
        await using var events = stream.GetAsyncEnumerator();
        var replayed = await events.TakeAsync(3);
        var live = await publisher.SendAsync("replay", 10);
        var next = await events.TakeAsync(1);

        replayed.Select(e => (e.Id, e.Message)).Should().Equal((ids[7], 7), (ids[8], 8), (ids[9], 9));
        next.Single().Should().Be(new TopicEvent<int>(live, 10));
    }

    [Fact]
    public async Task Replay_after_zero_delivers_all_the_log_still_holds()
    {
        var bus = NewBus(options => options.LogCapacity = 10);
        TopicEventId last = default;
        for (var i = 0; i < 30; i++)
        {
            last = await bus.SendAsync("from-zero", i);
        }

        await using var stream = await bus.SubscribeAsync<int>("from-zero", after: TopicEventId.Zero);

        (await stream.ReadThroughAsync(last)).Select(e => e.Message).Should().Equal(Enumerable.Range(20, 10));
    }

    [Fact]
    public async Task Replay_from_an_id_the_log_has_dropped_fails_instead_of_skipping_events()
    {
        var bus = NewBus(options => options.LogCapacity = 10);
        var first = await bus.SendAsync("trimmed", 0);
        for (var i = 1; i < 20; i++)
        {
            await bus.SendAsync("trimmed", i);
        }

        await using var stream = await bus.SubscribeAsync<int>("trimmed", after: first);
        var read = () => stream.ReadThroughAsync(first);

        (await read.Should().ThrowAsync<TopicEventsLostException>().WithMessage("*dropped*")).Which.LastDeliveredId.Should().Be(first);
    }

    [Fact]
    public async Task Replay_from_an_id_of_a_log_that_is_gone_fails_instead_of_skipping_events()
    {
        var bus = NewBus();
        var seen = await bus.SendAsync("expired", 1);
        await bus.SendAsync("expired", 2);
        await redis.Connection.GetDatabase().KeyDeleteAsync(redis.Prefix + "stream:expired"); // as if it expired
        await bus.SendAsync("expired", 3);

        await using var stream = await bus.SubscribeAsync<int>("expired", after: seen);
        var read = () => stream.ReadThroughAsync(seen);

        await read.Should().ThrowAsync<TopicEventsLostException>();
    }

    [Fact]
    public async Task A_publish_retried_after_its_answer_was_lost_is_not_appended_twice()
    {
        var database = redis.Connection.GetDatabase();
        var stream = redis.Prefix + "stream:idempotent";
        RedisValue[] Arguments(string retry) => [redis.Prefix + "channel:idempotent", "1", 100, 60_000, "token-1", retry];

        var first = (string?)await database.ScriptEvaluateAsync(RedisTopicScripts.Publish, [stream], Arguments("0"));
        var retried = (string?)await database.ScriptEvaluateAsync(RedisTopicScripts.Publish, [stream], Arguments("1"));

        retried.Should().Be(first);
        ((long)await database.ExecuteAsync("XLEN", stream)).Should().Be(1);
    }

    [Fact]
    public async Task A_live_subscription_starts_after_subscribing_also_on_a_new_topic()
    {
        var bus = NewBus();
        await bus.SendAsync("old-topic", "before");
        await using var onOld = await bus.SubscribeAsync<string>("old-topic");
        await using var onNew = await bus.SubscribeAsync<string>("new-topic");

        var oldId = await bus.SendAsync("old-topic", "after");
        var newId = await bus.SendAsync("new-topic", "first");

        (await onOld.ReadThroughAsync(oldId)).Select(e => e.Message).Should().Equal("after");
        (await onNew.ReadThroughAsync(newId)).Select(e => e.Message).Should().Equal("first");
    }

    [Fact]
    public async Task Replay_and_live_meet_without_gap_or_duplicate_under_concurrent_publishing()
    {
        // Publishers on two buses, subscribers joining a third while they run, with small live buffers so that
        // slow subscribers also overflow and fall back to the log.
        var publishers = new[] { NewBus(), NewBus() };
        var subscriberBus = NewBus(options => { options.SubscriberBufferCapacity = 16; options.LogPageSize = 50; });
        const int PerPublisher = 600, End = -2;
        var published = new ConcurrentDictionary<TopicEventId, int>();
        var start = await publishers[0].SendAsync("seam", -1);
        published[start] = -1;
        var joinPoints = Channel.CreateUnbounded<TopicEventId>();
        joinPoints.Writer.TryWrite(start);

        var publishing = publishers.Select((bus, p) => Task.Run(async () =>
        {
            for (var i = 0; i < PerPublisher; i++)
            {
                var id = await bus.SendAsync("seam", p * PerPublisher + i);
                published[id] = p * PerPublisher + i;
                if (i % 100 == 50)
                {
                    joinPoints.Writer.TryWrite(id);
                }
            }
        })).ToArray();
        var subscribing = Enumerable.Range(0, 8).Select(n => Task.Run(async () =>
        {
            var after = await joinPoints.Reader.ReadAsync();
            var received = new List<TopicEvent<int>>();
            await using var stream = await subscriberBus.SubscribeAsync<int>("seam", after);
            using var timeout = new CancellationTokenSource(TopicStreams.Patience);
            await foreach (var topicEvent in stream.WithCancellation(timeout.Token))
            {
                if (topicEvent.Message == End)
                {
                    break;
                }
                received.Add(topicEvent);
                if (n % 2 == 0 && received.Count % 200 == 0)
                {
                    await Task.Delay(20); // half the readers fall behind now and then
                }
            }
            return (After: after, Received: received);
        })).ToArray();
        await Task.WhenAll(publishing);
        await publishers[0].SendAsync("seam", End);
        var results = await Task.WhenAll(subscribing);

        foreach (var (after, received) in results)
        {
            var expected = published.Where(pair => pair.Key > after).OrderBy(pair => pair.Key).ToList();
            received.Select(e => e.Id).Should().Equal(expected.Select(pair => pair.Key), $"a subscriber after {after} sees every later event once, in order");
            received.Select(e => e.Message).Should().Equal(expected.Select(pair => pair.Value));
        }
    }

    [Fact]
    public async Task A_subscriber_whose_buffer_overflows_continues_from_the_log()
    {
        var bus = NewBus(options => options.SubscriberBufferCapacity = 4);
        await using var stream = await bus.SubscribeAsync<int>("overflow");
        TopicEventId last = default;

        for (var i = 0; i < 100; i++)
        {
            last = await bus.SendAsync("overflow", i);
        }

        (await stream.ReadThroughAsync(last)).Select(e => e.Message).Should().Equal(Enumerable.Range(0, 100));
    }

    [Fact]
    public async Task A_process_subscribes_a_topic_channel_once_and_unsubscribes_after_its_last_subscriber()
    {
        var a = NewBus();
        var b = NewBus();
        var onA = new[] { await a.SubscribeAsync<int>("numsub"), await a.SubscribeAsync<int>("numsub"), await a.SubscribeAsync<int>("numsub") };
        var other = await a.SubscribeAsync<int>("numsub-other");
        var onB = await b.SubscribeAsync<int>("numsub");

        (await ChannelSubscribersAsync("numsub", 2)).Should().Be(2, "one subscription per process (bus)");
        (await ChannelSubscribersAsync("numsub-other", 1)).Should().Be(1);

        await onA[0].DisposeAsync();
        await onA[1].DisposeAsync();
        (await ChannelSubscribersAsync("numsub", 2)).Should().Be(2);
        await onA[2].DisposeAsync();
        (await ChannelSubscribersAsync("numsub", 1)).Should().Be(1);
        await onB.DisposeAsync();
        (await ChannelSubscribersAsync("numsub", 0)).Should().Be(0);
        a.SubscribedTopicCount.Should().Be(1);

        var id = await a.SendAsync("numsub-other", 7);
        (await other.ReadThroughAsync(id)).Single().Message.Should().Be(7, "the other topic is unaffected");
        (await ChannelSubscribersAsync("numsub-other", 0)).Should().Be(0, "leaving the read unsubscribes");
        a.SubscribedTopicCount.Should().Be(0);
    }

    [Fact]
    public async Task Subscribing_again_after_the_last_subscriber_left_works()
    {
        var bus = NewBus();
        for (var round = 0; round < 3; round++)
        {
            await using var stream = await bus.SubscribeAsync<int>("again");
            var id = await bus.SendAsync("again", round);
            (await stream.ReadThroughAsync(id)).Single().Message.Should().Be(round);
        }
        (await ChannelSubscribersAsync("again", 0)).Should().Be(0);
    }

    [Fact]
    public async Task Disposing_the_bus_ends_its_streams_and_unsubscribes()
    {
        var bus = NewBus();
        var stream = await bus.SubscribeAsync<int>("shutdown");
        var events = stream.GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();

        await bus.DisposeAsync();

        (await next.WaitAsync(TopicStreams.Patience)).Should().BeFalse();
        (await ChannelSubscribersAsync("shutdown", 0)).Should().Be(0);
        var send = () => bus.SendAsync("shutdown", 1).AsTask();
        await send.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task The_log_of_a_topic_someone_listens_to_does_not_expire()
    {
        var bus = NewBus(options => options.LogRetention = TimeSpan.FromSeconds(3));
        await using var stream = await bus.SubscribeAsync<int>("kept");
        var database = redis.Connection.GetDatabase();
        var key = redis.Prefix + "stream:kept";

        // The bus renews the expiry every third of the retention: watch it go up again.
        var previous = (long)await database.ExecuteAsync("PTTL", key);
        var renewed = false;
        using var timeout = new CancellationTokenSource(TopicStreams.Patience);
        while (!renewed)
        {
            await Task.Delay(50, timeout.Token);
            var current = (long)await database.ExecuteAsync("PTTL", key);
            current.Should().BePositive("the log must not expire while someone listens");
            renewed = current > previous;
            previous = current;
        }
    }

    [Fact]
    public async Task Registers_the_redis_bus_as_sender_and_receiver_over_the_in_memory_default()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new RedisConnection(TestRedis.Configuration))
            .AddInMemoryTopicEventBus()
            .AddRedisTopicEventBus(options => options.KeyPrefix = redis.Prefix);
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ITopicEventSender>().Should().BeOfType<RedisTopicEventBus>()
            .And.BeSameAs(provider.GetRequiredService<ITopicEventReceiver>());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        while (_owned.TryPop(out var owned))
        {
            await owned.DisposeAsync();
        }
    }

    private RedisTopicEventBus NewBus(Action<RedisTopicEventBusOptions>? configure = null)
    {
        var connection = new RedisConnection(TestRedis.Configuration);
        var options = new RedisTopicEventBusOptions { KeyPrefix = redis.Prefix };
        configure?.Invoke(options);
        var bus = new RedisTopicEventBus(connection, options);
        _owned.Push(connection);
        _owned.Push(bus);
        return bus;
    }

    /// <summary>
    /// The channel's subscriber count once it is <paramref name="expected"/>, or after 5 s: Redis registers a subscription
    /// on the subscriber connection, which another connection's PUBSUB NUMSUB may see a moment later (no event is lost in
    /// between — the topic's log covers it).
    /// </summary>
    private async Task<long> ChannelSubscribersAsync(string topic, long expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var reply = (RedisResult[])(await redis.Connection.GetDatabase().ExecuteAsync("PUBSUB", "NUMSUB", redis.Prefix + "channel:" + topic))!;
            var count = (long)reply[1];
            if (count == expected || DateTime.UtcNow > deadline)
            {
                return count;
            }

            await Task.Delay(20);
        }
    }

    public sealed record Progress(string ExecutionId, int Step, IReadOnlyList<string> Done);
}
