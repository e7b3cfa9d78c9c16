using GraphQL.Data;
using GraphQL.Data.DataLoader;
using GraphQL.Execution;
using GraphQL.Types.CodeFirst;
using Playbooks.Data.Entities;
using Playbooks.Schema.Playbooks;

namespace Playbooks.Resolvers.Playbooks;

/// <summary>Fields of <c>Playbook</c> computed by the database, batched across every playbook of the response.</summary>
[ExtendObjectType(typeof(Playbook))]
public sealed class PlaybookFields
{
    [GraphQLDescription("Execution statistics of this playbook version (`get_playbook_execution_summary`).")]
    [ProjectionRequires(nameof(Playbook.Id))]
    public static async Task<PlaybookExecutionSummary> ExecutionSummary([Parent] Playbook playbook, IResolverContext context, CancellationToken cancellationToken) =>
        await context.DataLoader<PlaybookExecutionSummaryLoader>().LoadAsync(playbook.Id, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("A visible playbook has a summary.");
}

/// <summary>Fields of <c>PlaybookExecution</c> computed by the database, batched across every execution of the response.</summary>
[ExtendObjectType(typeof(PlaybookExecution))]
public sealed class PlaybookExecutionFields
{
    [GraphQLDescription("Where the execution stands now (`get_execution_progress`): percentage, current step, elapsed time.")]
    [ProjectionRequires(nameof(PlaybookExecution.Id))]
    public static async Task<ExecutionProgress> Progress([Parent] PlaybookExecution execution, IResolverContext context, CancellationToken cancellationToken) =>
        await context.DataLoader<ExecutionProgressLoader>().LoadAsync(execution.Id, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("A visible execution has progress.");
}
