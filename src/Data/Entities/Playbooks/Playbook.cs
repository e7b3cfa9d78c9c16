using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>A versioned, multi-step agent workflow (03-ai-playbooks-system.md, <c>playbooks</c>).</summary>
public class Playbook : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    /// <summary>Stable catalog key shared by every version, e.g. <c>voc-sprint</c>.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; } = 1;
    public PlaybookStatus Status { get; set; } = PlaybookStatus.Draft;
    public string[] Tags { get; set; } = [];
    public string? Category { get; set; }
    public Guid? AgentId { get; set; }
    public int SchemaVersion { get; set; } = 1;
    public required JsonDocument InputSchema { get; set; }
    public required JsonDocument OutputSchema { get; set; }
    public int TimeoutSeconds { get; set; } = 3600;
    public int MaxRetries { get; set; } = 3;
    public int RetryDelaySeconds { get; set; } = 30;
    /// <summary>Intended length of the engagement, shown on reports, e.g. "30 days".</summary>
    public string? Duration { get; set; }
    /// <summary>Report template: RACI, outcomes, exit criteria and playbook-specific sections.</summary>
    public JsonDocument? ReportTemplate { get; set; }
    public JsonDocument? Metadata { get; set; }
    public Guid? CreatedBy { get; set; }
    public Guid? UpdatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<PlaybookStep> Steps { get; set; } = [];
    public List<PlaybookExecution> Executions { get; set; } = [];
    public List<PlaybookTrigger> Triggers { get; set; } = [];
}

public enum PlaybookStatus
{
    Draft,
    Active,
    Archived,
    Deprecated,
}
