using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowTaskConfiguration : IEntityTypeConfiguration<WorkflowTask>
{
    public void Configure(EntityTypeBuilder<WorkflowTask> builder)
    {
        builder.ToTable("workflow_tasks", t =>
            t.HasCheckConstraint("ck_workflow_tasks_snoozed_until", "status <> 'snoozed' OR snoozed_until IS NOT NULL"));
        builder.Property(t => t.Title).HasMaxLength(255);
        builder.Property(t => t.TaskType).HasMaxLength(50);
        builder.Property(t => t.Status).HasDatabaseDefault(WorkflowTaskStatus.Pending);
        builder.Property(t => t.Priority).HasDatabaseDefault(TaskPriority.Medium);
        builder.Property(t => t.Metadata).HasColumnType("jsonb");

        builder.HasIndex(t => t.Status);
        builder.HasIndex(t => t.DueDate);

        builder.HasOne(t => t.StepExecution).WithMany().HasForeignKey(t => t.StepExecutionId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(t => t.Customer).WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.AssignedTo).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(t => t.Artifacts).WithOne(a => a.Task).HasForeignKey(a => a.TaskId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
