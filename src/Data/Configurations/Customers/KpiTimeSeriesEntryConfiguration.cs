using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class KpiTimeSeriesEntryConfiguration : IEntityTypeConfiguration<KpiTimeSeriesEntry>
{
    public void Configure(EntityTypeBuilder<KpiTimeSeriesEntry> builder)
    {
        builder.ToTable("kpi_time_series", t =>
        {
            t.HasCheckConstraint("ck_kpi_time_series_month", "month BETWEEN 1 AND 12");
            t.HasCheckConstraint("ck_kpi_time_series_year", "year BETWEEN 1900 AND 9999");
            t.HasCheckConstraint("ck_kpi_time_series_health_score", "health_score BETWEEN 0 AND 100");
        });

        builder.HasIndex(e => new { e.KpiId, e.Year, e.Month }).IsUnique();

        builder.HasOne(e => e.Customer).WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
