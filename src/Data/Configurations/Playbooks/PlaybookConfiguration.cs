using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class PlaybookConfiguration : IEntityTypeConfiguration<Playbook>
{
    public void Configure(EntityTypeBuilder<Playbook> builder)
    {
        builder.ToTable("playbooks", t =>
        {
            t.HasCheckConstraint("ck_playbooks_version", "version >= 1");
            t.HasCheckConstraint("ck_playbooks_schema_version", "schema_version >= 1");
            t.HasCheckConstraint("ck_playbooks_timeout_seconds", "timeout_seconds > 0");
            t.HasCheckConstraint("ck_playbooks_max_retries", "max_retries >= 0");
            t.HasCheckConstraint("ck_playbooks_retry_delay_seconds", "retry_delay_seconds >= 0");
        });
        builder.Property(p => p.Key).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(255);
        builder.Property(p => p.Category).HasMaxLength(100);
        builder.Property(p => p.Duration).HasMaxLength(50);
        builder.Property(p => p.Tags).HasColumnType("text[]").HasDefaultValueSql("'{}'");
        builder.Property(p => p.InputSchema).HasColumnType("jsonb");
        builder.Property(p => p.OutputSchema).HasColumnType("jsonb");
        builder.Property(p => p.ReportTemplate).HasColumnType("jsonb");
        builder.Property(p => p.Metadata).HasColumnType("jsonb");
        builder.Property(p => p.Version).HasDatabaseDefault(1);
        builder.Property(p => p.Status).HasDatabaseDefault(PlaybookStatus.Draft);
        builder.Property(p => p.SchemaVersion).HasDatabaseDefault(1);
        builder.Property(p => p.TimeoutSeconds).HasDatabaseDefault(3600);
        builder.Property(p => p.MaxRetries).HasDatabaseDefault(3);
        builder.Property(p => p.RetryDelaySeconds).HasDatabaseDefault(30);

        builder.HasIndex(p => new { p.OrganizationId, p.Key, p.Version }).IsUnique();
        builder.HasIndex(p => new { p.OrganizationId, p.Name, p.Version }).IsUnique();
        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => p.AgentId);
        builder.HasIndex(p => p.Category);
        builder.HasIndex(p => p.Tags).HasMethod("gin");

        builder.HasMany(p => p.Steps).WithOne(s => s.Playbook).HasForeignKey(s => s.PlaybookId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Executions).WithOne(e => e.Playbook).HasForeignKey(e => e.PlaybookId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Triggers).WithOne(t => t.Playbook).HasForeignKey(t => t.PlaybookId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.CreatedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UpdatedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
