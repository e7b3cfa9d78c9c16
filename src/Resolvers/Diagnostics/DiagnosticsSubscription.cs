using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Subscriptions;
using GraphQL.Types.CodeFirst;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Resolvers.Diagnostics;

/// <summary>
/// The diagnostic subscription root: proves subscriptions end to end (WebSocket, SSE, the event bus with replay)
/// before the domain's topics exist.
/// </summary>
[GraphQLDescription("Diagnostic subscriptions, until the domain's topics land.")]
public sealed class DiagnosticsSubscription
{
    /// <summary>One topic per organization: an echo reaches only its own tenant's subscribers.</summary>
    [GraphQLIgnore]
    public static string EchoTopic(Guid organizationId) => $"diagnostics:echo:{organizationId}";

    [GraphQLDescription("Messages sent with the `echo` mutation by your organization. Pass the last event id you saw as `after` to first " +
        "receive every later event from the topic's log, then live ones: no gap, no duplicate.")]
    public static async IAsyncEnumerable<EchoEvent> Echoed(
        [ID] string? after,
        [Service] ITopicEventReceiver events,
        [Service] SubscriptionTopicGuard topics,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        TopicEventId? from = null;
        if (after is not null)
        {
            from = TopicEventId.TryParse(after, out var parsed)
                ? parsed
                : throw new GraphQLException(GraphQLError.BadUserInput($"\"{after}\" is not an event id (expected <milliseconds>-<sequence>)."));
        }
        var stream = await events.SubscribeAsync<string>(EchoTopic(topics.RequireTenant()), from, cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return new EchoEvent(item.Id.ToString(), item.Message);
            }
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
