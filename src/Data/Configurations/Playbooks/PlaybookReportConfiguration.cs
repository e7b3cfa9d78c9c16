using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class PlaybookReportConfiguration : IEntityTypeConfiguration<PlaybookReport>
{
    public void Configure(EntityTypeBuilder<PlaybookReport> builder)
    {
        builder.ToTable("playbook_reports", t =>
        {
            t.HasCheckConstraint("ck_playbook_reports_steps_completed", "steps_completed >= 0");
            t.HasCheckConstraint("ck_playbook_reports_total_steps", "total_steps >= 0 AND steps_completed <= total_steps");
            t.HasCheckConstraint("ck_playbook_reports_completed_at", "completed_at >= started_at");
        });
        builder.Property(r => r.PlaybookKey).HasMaxLength(100);
        builder.Property(r => r.PlaybookName).HasMaxLength(255);
        builder.Property(r => r.AccountName).HasMaxLength(255);
        builder.Property(r => r.Status).HasDatabaseDefault(ReportStatus.InProgress);
        builder.Property(r => r.ReportData).HasColumnType("jsonb");
        builder.Property(r => r.Duration).HasMaxLength(50);
        builder.Property(r => r.StepsCompleted).HasDatabaseDefault(0);
        builder.Property(r => r.ReportGeneratedAt).HasDefaultValueSql("now()");

        builder.HasIndex(r => new { r.CustomerId, r.PlaybookId });

        builder.HasOne(r => r.Customer).WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Playbook).WithMany().HasForeignKey(r => r.PlaybookId).OnDelete(DeleteBehavior.Cascade);
    }
}
