using System.Collections.Concurrent;
using System.Threading.Channels;
using GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Subscriptions;

public sealed class InMemoryTopicEventBusTests
{
    private const string Topic = "execution:1";

    [Fact]
    public async Task Every_subscriber_receives_every_event_in_order()
    {
        using var bus = new InMemoryTopicEventBus();
        var streams = new[] { await bus.SubscribeAsync<int>(Topic), await bus.SubscribeAsync<int>(Topic), await bus.SubscribeAsync<int>(Topic) };
        var ids = new List<TopicEventId>();

        for (var i = 0; i < 100; i++)
        {
            ids.Add(await bus.SendAsync(Topic, i));
        }

        ids.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        foreach (var stream in streams)
        {
            var received = await stream.ReadThroughAsync(ids[^1]);
            received.Select(e => e.Message).Should().Equal(Enumerable.Range(0, 100));
            received.Select(e => e.Id).Should().Equal(ids);
        }
    }

    [Fact]
    public async Task Topics_are_separate_and_a_live_subscription_starts_after_subscribing()
    {
        using var bus = new InMemoryTopicEventBus();
        await bus.SendAsync(Topic, "before");
        await using var stream = await bus.SubscribeAsync<string>(Topic);
        await using var events = stream.GetAsyncEnumerator();

        await bus.SendAsync("execution:2", "elsewhere");
        await bus.SendAsync(Topic, "after");

        (await events.TakeAsync(1)).Single().Message.Should().Be("after");
        (await events.EndsQuietlyAsync(stream)).Should().BeTrue();
    }

    [Fact]
    public async Task Replay_delivers_exactly_the_events_after_the_id_then_live_ones()
    {
        using var bus = new InMemoryTopicEventBus();
        var ids = new List<TopicEventId>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await bus.SendAsync(Topic, i));
        }

        await using var stream = await bus.SubscribeAsync<int>(Topic, after: ids[6]);
        await using var events = stream.GetAsyncEnumerator();
        var replayed = await events.TakeAsync(3);
        var live = await bus.SendAsync(Topic, 10);
        var next = await events.TakeAsync(1);

        replayed.Select(e => (e.Id, e.Message)).Should().Equal((ids[7], 7), (ids[8], 8), (ids[9], 9));
        next.Single().Should().Be(new TopicEvent<int>(live, 10));
        (await events.EndsQuietlyAsync(stream)).Should().BeTrue();
    }

    [Fact]
    public async Task Replay_after_the_last_id_delivers_only_later_events()
    {
        using var bus = new InMemoryTopicEventBus();
        var last = await bus.SendAsync(Topic, 1);

        await using var stream = await bus.SubscribeAsync<int>(Topic, after: last);
        await using var events = stream.GetAsyncEnumerator();
        await bus.SendAsync(Topic, 2);

        (await events.TakeAsync(1)).Single().Message.Should().Be(2);
    }

    [Fact]
    public async Task Replay_after_zero_delivers_all_the_log_still_holds()
    {
        using var bus = new InMemoryTopicEventBus(new TopicEventBusOptions { LogCapacity = 5 });
        TopicEventId last = default;
        for (var i = 0; i < 8; i++)
        {
            last = await bus.SendAsync(Topic, i);
        }

        await using var stream = await bus.SubscribeAsync<int>(Topic, after: TopicEventId.Zero);

        (await stream.ReadThroughAsync(last)).Select(e => e.Message).Should().Equal(3, 4, 5, 6, 7);
    }

    [Fact]
    public async Task Replay_from_an_id_the_log_has_dropped_fails_instead_of_skipping_events()
    {
        using var bus = new InMemoryTopicEventBus(new TopicEventBusOptions { LogCapacity = 5 });
        var first = await bus.SendAsync(Topic, 0);
        for (var i = 1; i < 8; i++)
        {
            await bus.SendAsync(Topic, i);
        }

        await using var stream = await bus.SubscribeAsync<int>(Topic, after: first);
        var read = () => stream.ReadThroughAsync(first);

        (await read.Should().ThrowAsync<TopicEventsLostException>()).Which.LastDeliveredId.Should().Be(first);
    }

    [Fact]
    public async Task Replay_from_an_id_of_an_earlier_log_fails_instead_of_skipping_events()
    {
        var time = new ManualTimeProvider(DateTimeOffset.Parse("2026-11-22T10:00:00Z"));
        TopicEventId seen;
        using (var earlier = new InMemoryTopicEventBus(timeProvider: time))
        {
            seen = await earlier.SendAsync(Topic, "seen");
            await earlier.SendAsync(Topic, "missed");
        }
        time.Advance(TimeSpan.FromSeconds(1));
        using var bus = new InMemoryTopicEventBus(timeProvider: time);
        await bus.SendAsync(Topic, "new");

        await using var stream = await bus.SubscribeAsync<string>(Topic, after: seen);
        var read = () => stream.ReadThroughAsync(seen);

        await read.Should().ThrowAsync<TopicEventsLostException>();
    }

    [Fact]
    public async Task An_id_beyond_the_log_fails()
    {
        using var bus = new InMemoryTopicEventBus();
        var last = await bus.SendAsync(Topic, 1);
        var future = new TopicEventId(last.Timestamp, last.Sequence + 5);

        await using var stream = await bus.SubscribeAsync<int>(Topic, after: future);
        var read = () => stream.ReadThroughAsync(future);

        await read.Should().ThrowAsync<TopicEventsLostException>().WithMessage("*beyond*");
    }

    [Fact]
    public async Task Replay_and_live_meet_without_gap_or_duplicate_under_concurrent_publishing()
    {
        // A small live buffer, so subscribers also overflow and fall back to the log while the publishers run.
        using var bus = new InMemoryTopicEventBus(new TopicEventBusOptions { LogCapacity = 20_000, SubscriberBufferCapacity = 16, LogPageSize = 50 });
        const int Publishers = 4, PerPublisher = 2_500, End = -2;
        var published = new ConcurrentDictionary<TopicEventId, int>();
        var start = await bus.SendAsync(Topic, -1);
        published[start] = -1;
        var joinPoints = Channel.CreateUnbounded<TopicEventId>();
        joinPoints.Writer.TryWrite(start);

        var publishing = Enumerable.Range(0, Publishers).Select(publisher => Task.Run(async () =>
        {
            for (var i = 0; i < PerPublisher; i++)
            {
                var message = publisher * PerPublisher + i;
                var id = await bus.SendAsync(Topic, message);
                published[id] = message;
                if (i % 100 == 0)
                {
                    joinPoints.Writer.TryWrite(id);
                    await Task.Yield();
                }
            }
        })).ToArray();
        // Subscribers join one after the other while the publishers run, each after an event already published.
        var subscribing = Enumerable.Range(0, 12).Select(n => Task.Run(async () =>
        {
            var after = await joinPoints.Reader.ReadAsync();
            var stream = await bus.SubscribeAsync<int>(Topic, after);
            var received = new List<TopicEvent<int>>();
            using var timeout = new CancellationTokenSource(StreamReading.Patience);
            await foreach (var topicEvent in stream.WithCancellation(timeout.Token))
            {
                if (topicEvent.Message == End)
                {
                    break;
                }
                received.Add(topicEvent);
                if (n % 2 == 0 && received.Count % 500 == 0)
                {
                    await Task.Delay(5); // half the readers are slower than the publishers now and then
                }
            }
            return (After: after, Received: received);
        })).ToArray();
        await Task.WhenAll(publishing);
        await bus.SendAsync(Topic, End);
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
        using var bus = new InMemoryTopicEventBus(new TopicEventBusOptions { SubscriberBufferCapacity = 4, LogCapacity = 100 });
        await using var stream = await bus.SubscribeAsync<int>(Topic);
        TopicEventId last = default;

        for (var i = 0; i < 50; i++)
        {
            last = await bus.SendAsync(Topic, i);
        }

        (await stream.ReadThroughAsync(last)).Select(e => e.Message).Should().Equal(Enumerable.Range(0, 50));
    }

    [Fact]
    public async Task A_subscriber_further_behind_than_the_log_fails_with_its_last_delivered_id()
    {
        using var bus = new InMemoryTopicEventBus(new TopicEventBusOptions { SubscriberBufferCapacity = 4, LogCapacity = 10 });
        await using var stream = await bus.SubscribeAsync<int>(Topic);
        await using var events = stream.GetAsyncEnumerator();
        var first = await bus.SendAsync(Topic, 0);
        await events.TakeAsync(1);

        for (var i = 1; i < 50; i++)
        {
            await bus.SendAsync(Topic, i);
        }
        var read = () => events.TakeAsync(1);

        (await read.Should().ThrowAsync<TopicEventsLostException>()).Which.LastDeliveredId.Should().Be(first);
        bus.SubscriberCount(Topic).Should().Be(0);
    }

    [Fact]
    public async Task Leaving_a_stream_unsubscribes_and_the_others_keep_receiving()
    {
        using var bus = new InMemoryTopicEventBus();
        var leaving = await bus.SubscribeAsync<int>(Topic);
        await using var staying = await bus.SubscribeAsync<int>(Topic);
        var disposed = await bus.SubscribeAsync<int>(Topic);
        bus.SubscriberCount(Topic).Should().Be(3);

        var first = await bus.SendAsync(Topic, 1);
        await foreach (var _ in leaving)
        {
            break;
        }
        await disposed.DisposeAsync();
        var second = await bus.SendAsync(Topic, 2);

        bus.SubscriberCount(Topic).Should().Be(1);
        (await staying.ReadThroughAsync(second)).Select(e => e.Id).Should().Equal(first, second);
        bus.SubscriberCount(Topic).Should().Be(0);
    }

    [Fact]
    public async Task Cancelling_the_read_ends_it_and_unsubscribes()
    {
        using var bus = new InMemoryTopicEventBus();
        var stream = await bus.SubscribeAsync<int>(Topic);
        using var cancellation = new CancellationTokenSource();
        var reading = Task.Run(async () =>
        {
            await foreach (var _ in stream.WithCancellation(cancellation.Token))
            {
            }
        });

        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => reading.WaitAsync(StreamReading.Patience)).Should().ThrowAsync<OperationCanceledException>();
        bus.SubscriberCount(Topic).Should().Be(0);
    }

    [Fact]
    public async Task Disposing_a_stream_ends_a_pending_read()
    {
        using var bus = new InMemoryTopicEventBus();
        var stream = await bus.SubscribeAsync<int>(Topic, after: TopicEventId.Zero);
        var events = stream.GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();

        await stream.DisposeAsync();

        (await next.WaitAsync(StreamReading.Patience)).Should().BeFalse();
        bus.SubscriberCount(Topic).Should().Be(0);
    }

    [Fact]
    public async Task Subscribing_with_a_cancelled_token_throws()
    {
        using var bus = new InMemoryTopicEventBus();

        var subscribe = () => bus.SubscribeAsync<int>(Topic, cancellationToken: new CancellationToken(canceled: true)).AsTask();

        await subscribe.Should().ThrowAsync<OperationCanceledException>();
        bus.SubscriberCount(Topic).Should().Be(0);
    }

    [Fact]
    public async Task A_stream_is_read_once()
    {
        using var bus = new InMemoryTopicEventBus();
        await using var stream = await bus.SubscribeAsync<int>(Topic);
        await using var events = stream.GetAsyncEnumerator();

        var again = () => stream.GetAsyncEnumerator();

        again.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task Messages_are_passed_as_they_are_and_a_wrong_type_fails_the_stream()
    {
        using var bus = new InMemoryTopicEventBus();
        var message = new Progress("step 1");
        await using var right = await bus.SubscribeAsync<Progress>(Topic);
        await using var wrong = await bus.SubscribeAsync<string>(Topic);

        var id = await bus.SendAsync(Topic, message);

        (await right.ReadThroughAsync(id)).Single().Message.Should().BeSameAs(message);
        var read = () => wrong.ReadThroughAsync(id);
        await read.Should().ThrowAsync<InvalidCastException>().WithMessage("*Progress*String*");
    }

    [Fact]
    public async Task An_idle_topic_is_dropped_with_its_log_after_the_retention()
    {
        var time = new ManualTimeProvider(DateTimeOffset.Parse("2026-11-22T10:00:00Z"));
        using var bus = new InMemoryTopicEventBus(new TopicEventBusOptions { LogRetention = TimeSpan.FromMinutes(10) }, time);
        var seen = await bus.SendAsync(Topic, 1);
        await using (await bus.SubscribeAsync<int>("busy"))
        {
            time.Advance(TimeSpan.FromMinutes(11));
            await bus.SendAsync("other", 0);

            bus.TopicCount.Should().Be(2, "the idle topic is gone; the one with a subscriber stays");
        }

        await using var stream = await bus.SubscribeAsync<int>(Topic, after: seen);
        await bus.SendAsync(Topic, 2);
        var read = () => stream.ReadThroughAsync(seen);
        await read.Should().ThrowAsync<TopicEventsLostException>();
    }

    [Fact]
    public async Task Disposing_the_bus_ends_every_stream()
    {
        var bus = new InMemoryTopicEventBus();
        await using var stream = await bus.SubscribeAsync<int>(Topic);
        var events = stream.GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();

        bus.Dispose();

        (await next.WaitAsync(StreamReading.Patience)).Should().BeFalse();
        var send = () => bus.SendAsync(Topic, 1).AsTask();
        await send.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public void Registers_one_bus_as_sender_and_receiver_unless_one_is_registered()
    {
        using var provider = new ServiceCollection().AddInMemoryTopicEventBus(options => options.LogCapacity = 10).BuildServiceProvider();

        provider.GetRequiredService<ITopicEventSender>().Should().BeSameAs(provider.GetRequiredService<ITopicEventReceiver>())
            .And.BeOfType<InMemoryTopicEventBus>();
        var existing = new InMemoryTopicEventBus();
        var services = new ServiceCollection().AddSingleton<ITopicEventSender>(existing);
        services.AddInMemoryTopicEventBus().BuildServiceProvider().GetRequiredService<ITopicEventSender>().Should().BeSameAs(existing);
    }

    private sealed record Progress(string Step);
}
