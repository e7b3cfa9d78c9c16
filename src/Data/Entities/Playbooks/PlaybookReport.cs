using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>The report of one execution (01-playbook-persistence.md, <c>playbook_reports</c>); deleted
/// with its execution.</summary>
public class PlaybookReport : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ExecutionId { get; set; }
    public Guid? CustomerId { get; set; }
    public Guid PlaybookId { get; set; }
    /// <summary>The playbook's <see cref="Playbook.Key"/> when the report was made, e.g. <c>voc-sprint</c>.</summary>
    public required string PlaybookKey { get; set; }
    public required string PlaybookName { get; set; }
    /// <summary>The customer's name when the report was made, kept for display after the customer is gone.</summary>
    public string? AccountName { get; set; }
    public ReportStatus Status { get; set; } = ReportStatus.InProgress;
    /// <summary>Executive summary, RACI matrix, outcomes achieved, exit criteria, next steps, and the
    /// playbook's own sections (themes and fixes for a VoC sprint, risk assessment for a renewal safeguard, …).</summary>
    public required JsonDocument ReportData { get; set; }
    /// <summary>The engagement's length, e.g. "30 days".</summary>
    public string? Duration { get; set; }
    public int StepsCompleted { get; set; }
    public int? TotalSteps { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset ReportGeneratedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public PlaybookExecution Execution { get; set; } = null!;
    public Customer? Customer { get; set; }
    public Playbook Playbook { get; set; } = null!;
}

public enum ReportStatus
{
    InProgress,
    Completed,
    Failed,
}
