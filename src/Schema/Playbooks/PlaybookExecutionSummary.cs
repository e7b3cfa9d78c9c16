using GraphQL.Types.CodeFirst;

namespace Playbooks.Schema.Playbooks;

/// <summary>Execution statistics of one playbook, from the database function <c>get_playbook_execution_summary</c>
/// (03-ai-playbooks-system.md).</summary>
[GraphQLDescription("Execution statistics of one playbook (database function `get_playbook_execution_summary`).")]
public sealed record PlaybookExecutionSummary(
    long TotalExecutions,
    long SuccessfulExecutions,
    [property: GraphQLDescription("Failed and timed-out executions.")] long FailedExecutions,
    long RunningExecutions,
    [property: GraphQLDescription("Average duration of completed executions, in milliseconds; null before the first completes.")] decimal? AvgDurationMs,
    DateTimeOffset? LastExecutionAt,
    [property: GraphQLDescription("Completed executions as a percentage (0–100) of the finished ones.")] decimal SuccessRate);
