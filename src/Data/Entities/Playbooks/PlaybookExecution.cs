using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>One run of a playbook, usually for one customer (03-ai-playbooks-system.md and
/// 01-playbook-persistence.md, <c>playbook_executions</c>).</summary>
public class PlaybookExecution : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid PlaybookId { get; set; }
    public Guid? CustomerId { get; set; }
    public string? ExecutionName { get; set; }
    public PlaybookExecutionStatus Status { get; set; } = PlaybookExecutionStatus.Pending;
    /// <summary>The user who started the run, if a user did.</summary>
    public Guid? TriggeredBy { get; set; }
    public TriggerSource TriggerSource { get; set; } = TriggerSource.Manual;
    public required JsonDocument InputData { get; set; }
    public JsonDocument? OutputData { get; set; }
    public string? ErrorMessage { get; set; }
    public string? ErrorStack { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Set by the database from <see cref="StartedAt"/> and <see cref="CompletedAt"/>.</summary>
    public long? DurationMs { get; set; }
    public Guid? CurrentStepId { get; set; }
    public int CompletedSteps { get; set; }
    public int? TotalSteps { get; set; }
    public JsonDocument? Metadata { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Playbook Playbook { get; set; } = null!;
    public Customer? Customer { get; set; }
    public PlaybookStep? CurrentStep { get; set; }
    public List<PlaybookStepResult> StepResults { get; set; } = [];
    public PlaybookReport? Report { get; set; }
}

/// <summary>The <c>playbook_execution_status</c> of 03-ai-playbooks-system.md.</summary>
public enum PlaybookExecutionStatus
{
    Pending,
    Running,
    Paused,
    Completed,
    Failed,
    Cancelled,
    Timeout,
}

public enum TriggerSource
{
    Manual,
    Api,
    Scheduled,
    Event,
}
