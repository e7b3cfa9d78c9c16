using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class KpiReferenceRangeConfiguration : IEntityTypeConfiguration<KpiReferenceRange>
{
    public void Configure(EntityTypeBuilder<KpiReferenceRange> builder)
    {
        builder.ToTable("kpi_reference_ranges", t => t.HasCheckConstraint("ck_kpi_reference_ranges_threshold_order",
            """
            (higher_is_better AND critical_threshold <= risk_threshold AND risk_threshold <= healthy_threshold)
            OR (NOT higher_is_better AND critical_threshold >= risk_threshold AND risk_threshold >= healthy_threshold)
            """));
        builder.Property(r => r.KpiParameter).HasMaxLength(200);
        builder.Property(r => r.Category).HasMaxLength(100);
        builder.Property(r => r.Unit).HasMaxLength(50);
        builder.Property(r => r.HigherIsBetter).HasDatabaseDefault(true);
        builder.Property(r => r.ImpactScoring).HasColumnType("jsonb");

        // One shared default per KPI, and at most one override of it per organization.
        builder.HasIndex(r => new { r.OrganizationId, r.KpiParameter }).IsUnique().AreNullsDistinct(false);
    }
}
