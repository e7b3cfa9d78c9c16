using GraphQL.Data;
using GraphQL.Data.DataLoader;
using GraphQL.Execution;
using GraphQL.Types.CodeFirst;
using Playbooks.Data;
using Playbooks.Data.Entities;
using Playbooks.Schema.Playbooks;

namespace Playbooks.Resolvers.Playbooks;

/// <summary>
/// Fields computed by the database functions, batched across every object of the response: one statement per field and
/// level, whatever the list's size. The loaders belong to one execution (each subscription event reads afresh).
/// </summary>
[ExtendObjectType(typeof(Playbook))]
public sealed class PlaybookFields
{
    [GraphQLDescription("Execution statistics of this playbook version (`get_playbook_execution_summary`).")]
    [ProjectionRequires(nameof(Playbook.Id))]
    public static async Task<PlaybookExecutionSummary> ExecutionSummary(
        [Parent] Playbook playbook, [Service] PlaybooksDbContexts contexts, IResolverContext context) =>
        await context.BatchLoader<Guid, PlaybookExecutionSummary>("playbookExecutionSummary", async (keys, ct) =>
            {
                await using var db = contexts.Create();
                return await PlaybookAnalytics.ExecutionSummariesAsync(db, keys, ct).ConfigureAwait(false);
            }).LoadAsync(playbook.Id).ConfigureAwait(false)
        ?? throw new InvalidOperationException("A visible playbook has a summary.");
}

[ExtendObjectType(typeof(PlaybookExecution))]
public sealed class PlaybookExecutionFields
{
    [GraphQLDescription("Where the execution stands now (`get_execution_progress`): percentage, current step, elapsed time.")]
    [ProjectionRequires(nameof(PlaybookExecution.Id))]
    public static async Task<ExecutionProgress> Progress(
        [Parent] PlaybookExecution execution, [Service] PlaybooksDbContexts contexts, IResolverContext context) =>
        await context.BatchLoader<Guid, ExecutionProgress>("executionProgress", async (keys, ct) =>
            {
                await using var db = contexts.Create();
                return await PlaybookAnalytics.ProgressAsync(db, keys, ct).ConfigureAwait(false);
            }).LoadAsync(execution.Id).ConfigureAwait(false)
        ?? throw new InvalidOperationException("A visible execution has progress.");
}
