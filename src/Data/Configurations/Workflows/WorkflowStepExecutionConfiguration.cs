using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowStepExecutionConfiguration : IEntityTypeConfiguration<WorkflowStepExecution>
{
    public void Configure(EntityTypeBuilder<WorkflowStepExecution> builder)
    {
        builder.ToTable("workflow_step_executions", t =>
        {
            t.HasCheckConstraint("ck_workflow_step_executions_duration_ms", "duration_ms >= 0");
            t.HasCheckConstraint("ck_workflow_step_executions_completed_at", "completed_at >= started_at");
        });
        builder.Property(s => s.StepId).HasMaxLength(100);
        builder.Property(s => s.StepName).HasMaxLength(255);
        builder.Property(s => s.Status).HasDatabaseDefault(StepExecutionStatus.Pending);
        builder.Property(s => s.Output).HasColumnType("jsonb");
        builder.Property(s => s.Metadata).HasColumnType("jsonb");

        builder.HasIndex(s => new { s.WorkflowExecutionId, s.StepId }).IsUnique();
    }
}
