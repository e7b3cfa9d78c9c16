namespace Playbooks.Data.Entities;

/// <summary>One month's value of one KPI (02-data-persistence-status.md, <c>kpi_time_series</c>).</summary>
public class KpiTimeSeriesEntry : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid CustomerId { get; set; }
    public Guid KpiId { get; set; }
    public int Year { get; set; }
    /// <summary>1–12.</summary>
    public int Month { get; set; }
    public decimal Value { get; set; }
    public KpiHealthStatus? HealthStatus { get; set; }
    public int? HealthScore { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public Customer Customer { get; set; } = null!;
    public CustomerKpi Kpi { get; set; } = null!;
}

public enum KpiHealthStatus
{
    Healthy,
    Risk,
    Critical,
}
