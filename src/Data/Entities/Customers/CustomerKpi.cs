namespace Playbooks.Data.Entities;

/// <summary>The current value of one KPI of one customer (02-data-persistence-status.md, <c>kpis</c>).</summary>
public class CustomerKpi : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid CustomerId { get; set; }
    /// <summary>The KPI's name, e.g. <c>Net Promoter Score</c>; matches <see cref="KpiReferenceRange.KpiParameter"/>.</summary>
    public required string KpiParameter { get; set; }
    public string? Category { get; set; }
    public decimal? DataValue { get; set; }
    public string? Unit { get; set; }
    public KpiImpactLevel ImpactLevel { get; set; } = KpiImpactLevel.Medium;
    public decimal? Weight { get; set; }
    public string? MeasurementFrequency { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Customer Customer { get; set; } = null!;
    public List<KpiTimeSeriesEntry> TimeSeries { get; set; } = [];
}

public enum KpiImpactLevel
{
    Low,
    Medium,
    High,
    Critical,
}
