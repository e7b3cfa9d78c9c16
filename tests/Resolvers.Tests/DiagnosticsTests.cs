using GraphQL.Subscriptions;
using Playbooks.Resolvers.Diagnostics;

namespace Playbooks.Resolvers.Tests;

public sealed class DiagnosticsTests : IDisposable
{
    private readonly InMemoryTopicEventBus _bus = new(new TopicEventBusOptions());

    [Fact]
    public async Task Echo_publishes_what_echoed_subscribers_receive_and_replays_after_an_id()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var first = await DiagnosticsMutation.Echo("one", _bus, cancel.Token);
        var second = await DiagnosticsMutation.Echo("two", _bus, cancel.Token);

        var replayed = new List<EchoEvent>();
        await foreach (var echo in DiagnosticsSubscription.Echoed(first.Id, _bus, cancel.Token))
        {
            replayed.Add(echo);
            break;
        }

        first.Message.Should().Be("one");
        replayed.Should().Equal(second);
    }

    [Fact]
    public async Task A_malformed_event_id_is_a_bad_user_input()
    {
        var act = async () =>
        {
            await foreach (var _ in DiagnosticsSubscription.Echoed("yesterday", _bus, CancellationToken.None))
            {
            }
        };

        (await act.Should().ThrowAsync<GraphQL.Execution.GraphQLException>()).Which.Errors[0].Code.Should().Be("BAD_USER_INPUT");
    }

    public void Dispose() => _bus.Dispose();
}
