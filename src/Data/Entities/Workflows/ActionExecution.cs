using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>The log of one run of a saved action (05-workflow-apis-summary.md, <c>action_executions</c>).</summary>
public class ActionExecution : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid SavedActionId { get; set; }
    public Guid? WorkflowExecutionId { get; set; }
    /// <summary>The id of the workflow step the action ran from.</summary>
    public string? StepId { get; set; }
    public Guid? ExecutedBy { get; set; }
    /// <summary>e.g. <c>{ "days": 7 }</c> for a snooze.</summary>
    public JsonDocument? Parameters { get; set; }
    public JsonDocument? Result { get; set; }
    public ActionExecutionStatus Status { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTimeOffset ExecutedAt { get; set; }

    public SavedAction SavedAction { get; set; } = null!;
    public WorkflowExecution? WorkflowExecution { get; set; }
}

public enum ActionExecutionStatus
{
    Succeeded,
    Failed,
}
