using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class PlaybookExecutionConfiguration : IEntityTypeConfiguration<PlaybookExecution>
{
    public void Configure(EntityTypeBuilder<PlaybookExecution> builder)
    {
        builder.ToTable("playbook_executions", t =>
        {
            t.HasCheckConstraint("ck_playbook_executions_completed_steps", "completed_steps >= 0");
        // Derived from started_at/completed_at by the set_duration_ms trigger (Migrations/Sql/functions.sql).
        builder.Property(x => x.DurationMs).ValueGeneratedOnAddOrUpdate();
            t.HasCheckConstraint("ck_playbook_executions_total_steps",
                "total_steps >= 0 AND completed_steps <= total_steps");
            t.HasCheckConstraint("ck_playbook_executions_duration_ms", "duration_ms >= 0");
            t.HasCheckConstraint("ck_playbook_executions_completed_at", "completed_at >= started_at");
        });
        builder.Property(e => e.ExecutionName).HasMaxLength(255);
        builder.Property(e => e.Status).HasDatabaseDefault(PlaybookExecutionStatus.Pending);
        builder.Property(e => e.TriggerSource).HasDatabaseDefault(TriggerSource.Manual);
        builder.Property(e => e.InputData).HasColumnType("jsonb");
        builder.Property(e => e.CompletedSteps).HasDatabaseDefault(0);
        builder.Property(e => e.OutputData).HasColumnType("jsonb");
        builder.Property(e => e.Metadata).HasColumnType("jsonb");

        builder.HasIndex(e => e.Status);
        builder.HasIndex(e => e.StartedAt);
        builder.HasIndex(e => new { e.CustomerId, e.PlaybookId });

        builder.HasOne(e => e.Customer).WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(e => e.CurrentStep).WithMany().HasForeignKey(e => e.CurrentStepId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.TriggeredBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.StepResults).WithOne(r => r.Execution).HasForeignKey(r => r.ExecutionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Report).WithOne(r => r.Execution).HasForeignKey<PlaybookReport>(r => r.ExecutionId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
