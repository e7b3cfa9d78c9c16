using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class PlaybookStepResultConfiguration : IEntityTypeConfiguration<PlaybookStepResult>
{
    public void Configure(EntityTypeBuilder<PlaybookStepResult> builder)
    {
        builder.ToTable("playbook_step_results", t =>
        {
            t.HasCheckConstraint("ck_playbook_step_results_attempt_number", "attempt_number >= 1");
        // Derived from started_at/completed_at by the set_duration_ms trigger (Migrations/Sql/functions.sql).
        builder.Property(x => x.DurationMs).ValueGeneratedOnAddOrUpdate();
            t.HasCheckConstraint("ck_playbook_step_results_duration_ms", "duration_ms >= 0");
            t.HasCheckConstraint("ck_playbook_step_results_completed_at", "completed_at >= started_at");
        });
        builder.Property(r => r.Status).HasDatabaseDefault(StepResultStatus.Pending);
        builder.Property(r => r.AttemptNumber).HasDatabaseDefault(1);
        builder.Property(r => r.InputData).HasColumnType("jsonb");
        builder.Property(r => r.OutputData).HasColumnType("jsonb");
        builder.Property(r => r.Metadata).HasColumnType("jsonb");

        builder.HasIndex(r => new { r.ExecutionId, r.StepId, r.AttemptNumber }).IsUnique();
        builder.HasIndex(r => r.StepId);
        builder.HasIndex(r => r.Status);

        builder.HasOne(r => r.Step).WithMany().HasForeignKey(r => r.StepId).OnDelete(DeleteBehavior.Cascade);
    }
}
