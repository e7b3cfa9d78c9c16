using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class CustomerKpiConfiguration : IEntityTypeConfiguration<CustomerKpi>
{
    public void Configure(EntityTypeBuilder<CustomerKpi> builder)
    {
        builder.ToTable("customer_kpis", t => t.HasCheckConstraint("ck_customer_kpis_weight", "weight >= 0"));
        builder.Property(k => k.KpiParameter).HasMaxLength(200);
        builder.Property(k => k.Category).HasMaxLength(100);
        builder.Property(k => k.Unit).HasMaxLength(50);
        builder.Property(k => k.ImpactLevel).HasDatabaseDefault(KpiImpactLevel.Medium);
        builder.Property(k => k.MeasurementFrequency).HasMaxLength(50);

        builder.HasIndex(k => new { k.CustomerId, k.KpiParameter }).IsUnique();
        builder.HasIndex(k => k.Category);

        builder.HasMany(k => k.TimeSeries).WithOne(e => e.Kpi).HasForeignKey(e => e.KpiId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
