using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class PlaybookStepConfiguration : IEntityTypeConfiguration<PlaybookStep>
{
    public void Configure(EntityTypeBuilder<PlaybookStep> builder)
    {
        builder.ToTable("playbook_steps", t =>
        {
            t.HasCheckConstraint("ck_playbook_steps_step_order", "step_order >= 1");
            t.HasCheckConstraint("ck_playbook_steps_timeout_seconds", "timeout_seconds > 0");
            t.HasCheckConstraint("ck_playbook_steps_max_retries", "max_retries >= 0");
            t.HasCheckConstraint("ck_playbook_steps_retry_delay_seconds", "retry_delay_seconds >= 0");
            t.HasCheckConstraint("ck_playbook_steps_backoff_multiplier", "backoff_multiplier >= 1");
        });
        builder.Property(s => s.StepKey).HasMaxLength(100);
        builder.Property(s => s.StepName).HasMaxLength(255);
        builder.Property(s => s.Config).HasColumnType("jsonb");
        builder.Property(s => s.InputSchema).HasColumnType("jsonb");
        builder.Property(s => s.OutputSchema).HasColumnType("jsonb");
        builder.Property(s => s.InputMapping).HasColumnType("jsonb");
        builder.Property(s => s.Condition).HasColumnType("jsonb");
        builder.Property(s => s.Metadata).HasColumnType("jsonb");
        builder.Property(s => s.TimeoutSeconds).HasDatabaseDefault(300);
        builder.Property(s => s.MaxRetries).HasDatabaseDefault(3);
        builder.Property(s => s.RetryDelaySeconds).HasDatabaseDefault(30);
        builder.Property(s => s.BackoffMultiplier).HasDatabaseDefault(2.0);
        builder.Property(s => s.IsOptional).HasDatabaseDefault(false);

        builder.HasIndex(s => new { s.PlaybookId, s.StepKey }).IsUnique();
        builder.HasIndex(s => new { s.PlaybookId, s.StepOrder }).IsUnique();
        builder.HasIndex(s => s.StepType);
        builder.HasIndex(s => s.StepOrder);

        builder.HasOne(s => s.OnSuccessStep).WithMany().HasForeignKey(s => s.OnSuccessStepId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.OnFailureStep).WithMany().HasForeignKey(s => s.OnFailureStepId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
