using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>One attempt at one step within one execution (03-ai-playbooks-system.md,
/// <c>playbook_step_results</c>); a retried step has one row per attempt.</summary>
public class PlaybookStepResult : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ExecutionId { get; set; }
    public Guid StepId { get; set; }
    public StepResultStatus Status { get; set; } = StepResultStatus.Pending;
    /// <summary>1 for the first attempt.</summary>
    public int AttemptNumber { get; set; } = 1;
    /// <summary>The step's input after its input mapping was resolved; none while the step is pending.</summary>
    public JsonDocument? InputData { get; set; }
    public JsonDocument? OutputData { get; set; }
    public string? ErrorMessage { get; set; }
    public string? ErrorStack { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Set by the database from <see cref="StartedAt"/> and <see cref="CompletedAt"/>.</summary>
    public long? DurationMs { get; set; }
    public JsonDocument? Metadata { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public PlaybookExecution Execution { get; set; } = null!;
    public PlaybookStep Step { get; set; } = null!;
}

/// <summary>The <c>step_result_status</c> of 03-ai-playbooks-system.md.</summary>
public enum StepResultStatus
{
    Pending,
    Running,
    Completed,
    Failed,
    Skipped,
    Timeout,
}
