using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>When a playbook starts by itself (02-data-persistence-status.md, <c>playbook_triggers</c>).</summary>
public class PlaybookTrigger : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid PlaybookId { get; set; }
    public PlaybookTriggerType TriggerType { get; set; }
    /// <summary>The schedule, the event name or the KPI threshold, by trigger type.</summary>
    public required JsonDocument Config { get; set; }
    /// <summary>Whether the trigger fires by itself; off until a user turns it on.</summary>
    public bool IsEnabled { get; set; }
    public DateTimeOffset? LastEvaluatedAt { get; set; }
    public DateTimeOffset? LastTriggeredAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Playbook Playbook { get; set; } = null!;
}

public enum PlaybookTriggerType
{
    Manual,
    Scheduled,
    Event,
    KpiThreshold,
}
