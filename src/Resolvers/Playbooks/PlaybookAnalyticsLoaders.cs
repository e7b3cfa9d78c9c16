using GraphQL.Data.DataLoader;
using Playbooks.Data;
using Playbooks.Schema.Playbooks;

namespace Playbooks.Resolvers.Playbooks;

/// <summary>The execution summaries of many playbooks in one statement (<c>get_playbook_execution_summary</c> per key).</summary>
public sealed class PlaybookExecutionSummaryLoader(PlaybooksDbContexts contexts) : BatchDataLoader<Guid, PlaybookExecutionSummary>
{
    protected override async Task<IReadOnlyDictionary<Guid, PlaybookExecutionSummary>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await PlaybookAnalytics.ExecutionSummariesAsync(db, keys, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The progress of many executions in one statement (<c>get_execution_progress</c> per key).</summary>
public sealed class ExecutionProgressLoader(PlaybooksDbContexts contexts) : BatchDataLoader<Guid, ExecutionProgress>
{
    protected override async Task<IReadOnlyDictionary<Guid, ExecutionProgress>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await PlaybookAnalytics.ProgressAsync(db, keys, cancellationToken).ConfigureAwait(false);
    }
}
