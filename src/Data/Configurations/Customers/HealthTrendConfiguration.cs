using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class HealthTrendConfiguration : IEntityTypeConfiguration<HealthTrend>
{
    public void Configure(EntityTypeBuilder<HealthTrend> builder)
    {
        builder.ToTable("health_trends", t =>
        {
            t.HasCheckConstraint("ck_health_trends_health_score", "health_score BETWEEN 0 AND 100");
            t.HasCheckConstraint("ck_health_trends_usage_score", "usage_score BETWEEN 0 AND 100");
            t.HasCheckConstraint("ck_health_trends_engagement_score", "engagement_score BETWEEN 0 AND 100");
            t.HasCheckConstraint("ck_health_trends_support_score", "support_score BETWEEN 0 AND 100");
        });

        builder.HasIndex(h => new { h.CustomerId, h.RecordedOn }).IsUnique();
    }
}
