using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>The progress of one step of one workflow execution (05-workflow-apis-summary.md,
/// <c>workflow_step_executions</c>); completing the step's chat thread completes it.</summary>
public class WorkflowStepExecution : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid WorkflowExecutionId { get; set; }
    /// <summary>The id of a step in the workflow's <see cref="Workflow.Config"/>.</summary>
    public required string StepId { get; set; }
    public string? StepName { get; set; }
    public StepExecutionStatus Status { get; set; } = StepExecutionStatus.Pending;
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public long? DurationMs { get; set; }
    public JsonDocument? Output { get; set; }
    /// <summary>e.g. the finished chat thread's message and token counts.</summary>
    public JsonDocument? Metadata { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public WorkflowExecution WorkflowExecution { get; set; } = null!;
}

public enum StepExecutionStatus
{
    Pending,
    InProgress,
    Completed,
    Skipped,
    Failed,
}
