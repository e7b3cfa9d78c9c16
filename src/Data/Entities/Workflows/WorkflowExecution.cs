using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>One run of a workflow for one customer (05-workflow-apis-summary.md,
/// <c>workflow_executions</c>); snoozing and escalating actions change its status.</summary>
public class WorkflowExecution : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid WorkflowId { get; set; }
    public Guid CustomerId { get; set; }
    public WorkflowExecutionStatus Status { get; set; } = WorkflowExecutionStatus.NotStarted;
    /// <summary>The id of a step in the workflow's <see cref="Workflow.Config"/>.</summary>
    public string? CurrentStepId { get; set; }
    public DateTimeOffset? SnoozedUntil { get; set; }
    /// <summary>Whom the execution was escalated to: a role or an address from the workflow's context.</summary>
    public string? EscalatedTo { get; set; }
    public Guid? StartedBy { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Escalation details, scheduled follow-ups and other action results.</summary>
    public JsonDocument? Metadata { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Workflow Workflow { get; set; } = null!;
    public Customer Customer { get; set; } = null!;
    public List<WorkflowStepExecution> StepExecutions { get; set; } = [];
    public List<WorkflowTask> Tasks { get; set; } = [];
    public List<WorkflowTaskArtifact> Artifacts { get; set; } = [];
    public List<ActionExecution> ActionExecutions { get; set; } = [];
    public List<WorkflowNotification> Notifications { get; set; } = [];
    public List<WorkflowChatThread> ChatThreads { get; set; } = [];
}

public enum WorkflowExecutionStatus
{
    NotStarted,
    InProgress,
    Completed,
    Snoozed,
    Escalated,
    Cancelled,
    Failed,
}
