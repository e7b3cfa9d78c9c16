using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowExecutionConfiguration : IEntityTypeConfiguration<WorkflowExecution>
{
    public void Configure(EntityTypeBuilder<WorkflowExecution> builder)
    {
        builder.ToTable("workflow_executions", t =>
        {
            t.HasCheckConstraint("ck_workflow_executions_snoozed_until", "status <> 'snoozed' OR snoozed_until IS NOT NULL");
            t.HasCheckConstraint("ck_workflow_executions_completed_at", "completed_at >= started_at");
        });
        builder.Property(e => e.Status).HasDatabaseDefault(WorkflowExecutionStatus.NotStarted);
        builder.Property(e => e.CurrentStepId).HasMaxLength(100);
        builder.Property(e => e.EscalatedTo).HasMaxLength(320);
        builder.Property(e => e.Metadata).HasColumnType("jsonb");

        builder.HasIndex(e => e.Status);

        // A workflow that has run stays: its executions refer to the steps of its configuration.
        builder.HasOne(e => e.Workflow).WithMany().HasForeignKey(e => e.WorkflowId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Customer).WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.StartedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.StepExecutions).WithOne(s => s.WorkflowExecution).HasForeignKey(s => s.WorkflowExecutionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Tasks).WithOne(t => t.WorkflowExecution).HasForeignKey(t => t.WorkflowExecutionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Artifacts).WithOne(a => a.WorkflowExecution).HasForeignKey(a => a.WorkflowExecutionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.ActionExecutions).WithOne(a => a.WorkflowExecution).HasForeignKey(a => a.WorkflowExecutionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Notifications).WithOne(n => n.WorkflowExecution).HasForeignKey(n => n.WorkflowExecutionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.ChatThreads).WithOne(t => t.WorkflowExecution).HasForeignKey(t => t.WorkflowExecutionId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
