using GraphQL.Subscriptions;
using Playbooks.Data;
using Playbooks.Data.Tenancy;
using Playbooks.Resolvers.Auth;
using Playbooks.Resolvers.Diagnostics;

namespace Playbooks.Resolvers.Tests;

public sealed class DiagnosticsTests : IDisposable
{
    private readonly InMemoryTopicEventBus _bus = new(new TopicEventBusOptions());
    private readonly SubscriptionTopicGuard _acme = TopicsOf(Guid.NewGuid());
    private readonly SubscriptionTopicGuard _globex = TopicsOf(Guid.NewGuid());

    [Fact]
    public async Task Echo_publishes_what_echoed_subscribers_receive_and_replays_after_an_id()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var first = await DiagnosticsMutation.Echo("one", _bus, _acme, cancel.Token);
        var second = await DiagnosticsMutation.Echo("two", _bus, _acme, cancel.Token);

        var replayed = new List<EchoEvent>();
        await foreach (var echo in DiagnosticsSubscription.Echoed(first.Id, _bus, _acme, cancel.Token))
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
            await foreach (var _ in DiagnosticsSubscription.Echoed("yesterday", _bus, _acme, CancellationToken.None))
            {
            }
        };

        (await act.Should().ThrowAsync<GraphQL.Execution.GraphQLException>()).Which.Errors[0].Code.Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task An_echo_reaches_only_the_subscribers_of_its_organization()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var before = await DiagnosticsMutation.Echo("acme's", _bus, _acme, cancel.Token);
        await DiagnosticsMutation.Echo("globex's", _bus, _globex, cancel.Token);
        var marker = await DiagnosticsMutation.Echo("acme's marker", _bus, _acme, cancel.Token);

        var seen = new List<string>();
        await foreach (var echo in DiagnosticsSubscription.Echoed(before.Id, _bus, _acme, cancel.Token))
        {
            seen.Add(echo.Message);
            if (echo.Id == marker.Id)
            {
                break;
            }
        }

        seen.Should().Equal("acme's marker");
    }

    public void Dispose() => _bus.Dispose();

    private static SubscriptionTopicGuard TopicsOf(Guid organizationId)
    {
        var tenant = new TenantContext();
        tenant.Set(organizationId);
        // The echo topics need only the tenant; no database is reached.
        return new SubscriptionTopicGuard(new PlaybooksDbContexts(PlaybooksDbContext.CreateOptions("Host=unused"), tenant, tenantFilterEnabled: true), tenant);
    }
}
