using GraphQL.Subscriptions;
using GraphQL.Types.CodeFirst;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Resolvers.Diagnostics;

/// <summary>The diagnostic mutation root (see <see cref="DiagnosticsQuery"/>).</summary>
[GraphQLDescription("Every change: sign-in and API keys, and the diagnostic echo.")]
public sealed class DiagnosticsMutation
{
    [GraphQLDescription("Returns the message and publishes it to the `echoed` subscribers of your organization (through Redis when configured).")]
    public static async Task<EchoEvent> Echo(string message, [Service] ITopicEventSender events, [Service] SubscriptionTopicGuard topics, CancellationToken cancellationToken)
    {
        var id = await events.SendAsync(DiagnosticsSubscription.EchoTopic(topics.RequireTenant()), message, cancellationToken).ConfigureAwait(false);
        return new EchoEvent(id.ToString(), message);
    }
}

/// <summary>One echoed message and the id of its event on the <c>echoed</c> topic.</summary>
public sealed record EchoEvent([property: ID] string Id, string Message);
