namespace Playbooks.Data.Entities;

/// <summary>A customer's health on one day (02-data-persistence-status.md, <c>health_trends</c>).</summary>
public class HealthTrend : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid CustomerId { get; set; }
    public DateOnly RecordedOn { get; set; }
    /// <summary>Each score is 0–100.</summary>
    public int HealthScore { get; set; }
    public int? UsageScore { get; set; }
    public int? EngagementScore { get; set; }
    public int? SupportScore { get; set; }
    public HealthTrendDirection? Trend { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public Customer Customer { get; set; } = null!;
}

public enum HealthTrendDirection
{
    Improving,
    Stable,
    Declining,
}
