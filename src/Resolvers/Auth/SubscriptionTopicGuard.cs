using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Playbooks.Data;
using Playbooks.Data.Tenancy;

namespace Playbooks.Resolvers.Auth;

/// <summary>
/// What a subscription's source stream resolver calls before it subscribes: the topic of an execution or a thread,
/// after proving the row belongs to the request's tenant with a tenant-scoped query (the tenant filter and row-level
/// security both apply). Another tenant's id, even a valid one, is <see cref="NotFoundException"/> like an unknown id,
/// so nobody can listen to another organization's topic.
/// </summary>
/// <remarks>
/// Uses a context of its own (<see cref="PlaybooksDbContexts"/>), not the request's: a WebSocket connection runs several
/// operations at once in one service scope, and a DbContext serves one operation at a time.
/// </remarks>
public sealed class SubscriptionTopicGuard(PlaybooksDbContexts contexts, ITenantContext tenant)
{
    public static string ExecutionTopic(Guid executionId) => $"execution:{executionId}";

    public static string ThreadTopic(Guid threadId) => $"thread:{threadId}";

    public static string OrganizationExecutionsTopic(Guid organizationId) => $"organization:{organizationId}:executions";

    /// <summary>The topic <c>execution:{id}</c> of a playbook or workflow execution of the tenant.</summary>
    public async Task<string> ExecutionTopicAsync(Guid executionId, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        var exists = await db.PlaybookExecutions.AnyAsync(e => e.Id == executionId, cancellationToken).ConfigureAwait(false)
            || await db.WorkflowExecutions.AnyAsync(e => e.Id == executionId, cancellationToken).ConfigureAwait(false);
        return exists ? ExecutionTopic(executionId) : throw new NotFoundException("Execution", executionId.ToString());
    }

    /// <summary>The topic <c>thread:{id}</c> of a chat thread of the tenant.</summary>
    public async Task<string> ThreadTopicAsync(Guid threadId, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        var exists = await db.WorkflowChatThreads.AnyAsync(t => t.Id == threadId, cancellationToken).ConfigureAwait(false);
        return exists ? ThreadTopic(threadId) : throw new NotFoundException("Thread", threadId.ToString());
    }

    /// <summary>The tenant's own execution feed.</summary>
    public string OrganizationExecutionsTopic() => OrganizationExecutionsTopic(RequireTenant());

    /// <summary>The request's organization; a request without one has no topics at all.</summary>
    public Guid RequireTenant() =>
        tenant.OrganizationId ?? throw new GraphQLException("This subscription needs a signed-in organization.", GraphQL.ErrorCodes.AuthNotAuthenticated);

    private PlaybooksDbContext CreateContext()
    {
        RequireTenant();
        return contexts.Create();
    }
}
