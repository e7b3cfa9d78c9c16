using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>The thresholds that classify a KPI value as critical, risk or healthy
/// (02-data-persistence-status.md, <c>kpi_reference_ranges</c>): shared defaults (no organization) and
/// per-organization overrides of them.</summary>
public class KpiReferenceRange : ISharedOrTenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid? OrganizationId { get; set; }
    public required string KpiParameter { get; set; }
    public string? Category { get; set; }
    public string? Unit { get; set; }
    public decimal CriticalThreshold { get; set; }
    public decimal RiskThreshold { get; set; }
    public decimal HealthyThreshold { get; set; }
    /// <summary>False for KPIs such as churn or ticket backlog, whose thresholds descend.</summary>
    public bool HigherIsBetter { get; set; } = true;
    /// <summary>How each band scores for health and impact.</summary>
    public JsonDocument? ImpactScoring { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
