using Microsoft.EntityFrameworkCore;
using Playbooks.Data;
using Playbooks.Data.Conventions;
using Playbooks.Data.Entities;
using Playbooks.Schema.Playbooks;

namespace Playbooks.Resolvers.Playbooks;

/// <summary>
/// The playbook analytics of 03-ai-playbooks-system.md, read from the database functions the foundation created
/// (<c>get_playbook_execution_summary</c>, <c>get_active_playbooks</c>, <c>get_execution_progress</c>). The batch
/// forms call a function once per key in one statement (<c>unnest … CROSS JOIN LATERAL</c>), for the DataLoaders.
/// Row-level security applies inside the functions: they run as the caller, so another tenant's ids find nothing.
/// </summary>
public static class PlaybookAnalytics
{
    public static async Task<IReadOnlyDictionary<Guid, PlaybookExecutionSummary>> ExecutionSummariesAsync(
        PlaybooksDbContext db, IReadOnlyList<Guid> playbookIds, CancellationToken cancellationToken)
    {
        var ids = playbookIds.ToArray();
        var rows = await db.Database.SqlQuery<SummaryRow>($"""
            SELECT i.id AS "PlaybookId", s.total_executions AS "TotalExecutions", s.successful_executions AS "SuccessfulExecutions",
                   s.failed_executions AS "FailedExecutions", s.running_executions AS "RunningExecutions",
                   s.avg_duration_ms AS "AvgDurationMs", s.last_execution_at AS "LastExecutionAt", s.success_rate AS "SuccessRate"
              FROM unnest({ids}) AS i(id)
              JOIN playbooks p ON p.id = i.id
              CROSS JOIN LATERAL get_playbook_execution_summary(i.id) s
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.PlaybookId, r => new PlaybookExecutionSummary(
            r.TotalExecutions, r.SuccessfulExecutions, r.FailedExecutions, r.RunningExecutions, r.AvgDurationMs, r.LastExecutionAt, r.SuccessRate));
    }

    public static async Task<IReadOnlyList<ActivePlaybook>> ActivePlaybooksAsync(
        PlaybooksDbContext db, Guid agentId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<ActivePlaybook>($"""
            SELECT id AS "Id", name AS "Name", description AS "Description", category AS "Category", version AS "Version",
                   total_steps AS "TotalSteps", last_executed_at AS "LastExecutedAt", execution_count AS "ExecutionCount"
              FROM get_active_playbooks({agentId})
            """).ToListAsync(cancellationToken).ConfigureAwait(false);

    public static async Task<IReadOnlyDictionary<Guid, ExecutionProgress>> ProgressAsync(
        PlaybooksDbContext db, IReadOnlyList<Guid> executionIds, CancellationToken cancellationToken)
    {
        var ids = executionIds.ToArray();
        var rows = await db.Database.SqlQuery<ProgressRow>($"""
            SELECT p.execution_id AS "ExecutionId", p.status AS "Status", p.progress_percentage AS "ProgressPercentage",
                   p.current_step_name AS "CurrentStepName", p.completed_steps AS "CompletedSteps", p.total_steps AS "TotalSteps",
                   p.elapsed_time_ms AS "ElapsedTimeMs"
              FROM unnest({ids}) AS i(id)
              CROSS JOIN LATERAL get_execution_progress(i.id) p
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.ExecutionId, r => new ExecutionProgress(
            r.ExecutionId, EnumText.Parse<PlaybookExecutionStatus>(r.Status), r.ProgressPercentage, r.CurrentStepName,
            r.CompletedSteps, r.TotalSteps, r.ElapsedTimeMs));
    }

    private sealed record SummaryRow(
        Guid PlaybookId, long TotalExecutions, long SuccessfulExecutions, long FailedExecutions, long RunningExecutions,
        decimal? AvgDurationMs, DateTimeOffset? LastExecutionAt, decimal SuccessRate);

    private sealed record ProgressRow(
        Guid ExecutionId, string Status, decimal ProgressPercentage, string? CurrentStepName, int CompletedSteps, int? TotalSteps,
        long ElapsedTimeMs);
}
