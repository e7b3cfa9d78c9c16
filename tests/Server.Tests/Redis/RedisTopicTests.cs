using GraphQL.Subscriptions;
using Playbooks.Server.Redis;

namespace Playbooks.Server.Tests.Redis;

/// <summary>A topic's fan-out and its interruption while the subscription connection is down (no Redis needed).</summary>
public sealed class RedisTopicTests
{
    // Never connected: a topic needs its bus only to read the log, which these tests do not.
    private static readonly RedisTopicEventBus Bus = new(new RedisConnection(null), new RedisTopicEventBusOptions());

    [Fact]
    public void Fans_events_out_in_order_and_ignores_other_messages()
    {
        var topic = new RedisTopic(Bus, "t", "p:");
        var first = new RecordingSubscriber();
        var second = new RecordingSubscriber();
        topic.Add(first);
        topic.Add(second);

        Receive(topic, "1-0 {\"a\":1}");
        Receive(topic, "?not-our-probe");
        Receive(topic, "garbage");
        Receive(topic, "1-1 2");
        topic.Remove(second);
        Receive(topic, "2-0 3");

        first.Events.Should().Equal(new TopicEvent<string>(new(1, 0), "{\"a\":1}"), new TopicEvent<string>(new(1, 1), "2"), new TopicEvent<string>(new(2, 0), "3"));
        second.Events.Should().HaveCount(2);
        topic.Channel.ToString().Should().Be("p:channel:t");
        ((string?)topic.StreamKey).Should().Be("p:stream:t");
    }

    [Fact]
    public void While_interrupted_live_events_are_dropped_until_a_resume_sends_subscribers_to_the_log()
    {
        var topic = new RedisTopic(Bus, "t", "p:");
        var subscriber = new RecordingSubscriber();
        topic.Add(subscriber);

        topic.Interrupt();
        var interruptions = topic.Interruptions;
        Receive(topic, "5-0 dropped"); // arrived after the reconnect, before the probe came back: the log has it
        var resumed = topic.TryResume(interruptions);
        Receive(topic, "6-0 live");

        resumed.Should().BeTrue();
        subscriber.CatchUps.Should().Be(1);
        subscriber.Events.Select(e => e.Message).Should().Equal("live");
    }

    [Fact]
    public void A_probe_from_before_the_latest_interruption_does_not_resume()
    {
        var topic = new RedisTopic(Bus, "t", "p:");
        var subscriber = new RecordingSubscriber();
        topic.Add(subscriber);
        topic.Interrupt();
        var (probe, received) = topic.NewProbe();
        var interruptions = topic.Interruptions;

        topic.Interrupt();
        Receive(topic, probe);

        received.IsCompletedSuccessfully.Should().BeTrue();
        topic.TryResume(interruptions).Should().BeFalse();
        Receive(topic, "7-0 still dropped");
        subscriber.Events.Should().BeEmpty();
        subscriber.CatchUps.Should().Be(0);
    }

    private static void Receive(RedisTopic topic, string message) => topic.Handler(topic.Channel, message);

    private sealed class RecordingSubscriber : ITopicSubscriber<string>
    {
        public List<TopicEvent<string>> Events { get; } = [];

        public int CatchUps { get; private set; }

        public void Deliver(TopicEvent<string> topicEvent) => Events.Add(topicEvent);

        public void CatchUpFromLog() => CatchUps++;

        public void Complete()
        {
        }
    }
}
