using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>A to-do for a CSM (05-workflow-apis-summary.md, <c>workflow_tasks</c>), usually made by a
/// workflow step, but possibly standalone.</summary>
public class WorkflowTask : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid? WorkflowExecutionId { get; set; }
    public Guid? StepExecutionId { get; set; }
    public Guid? CustomerId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary>Free text, e.g. <c>follow_up</c>, <c>review_contract</c>.</summary>
    public string? TaskType { get; set; }
    public WorkflowTaskStatus Status { get; set; } = WorkflowTaskStatus.Pending;
    public TaskPriority Priority { get; set; } = TaskPriority.Medium;
    public Guid? AssignedTo { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateTimeOffset? SnoozedUntil { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public JsonDocument? Metadata { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public WorkflowExecution? WorkflowExecution { get; set; }
    public WorkflowStepExecution? StepExecution { get; set; }
    public Customer? Customer { get; set; }
    public List<WorkflowTaskArtifact> Artifacts { get; set; } = [];
}

public enum WorkflowTaskStatus
{
    Pending,
    InProgress,
    Completed,
    Snoozed,
    Skipped,
    Cancelled,
}

public enum TaskPriority
{
    Low,
    Medium,
    High,
    Urgent,
}
