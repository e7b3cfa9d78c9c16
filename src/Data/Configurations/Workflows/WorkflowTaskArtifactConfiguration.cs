using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowTaskArtifactConfiguration : IEntityTypeConfiguration<WorkflowTaskArtifact>
{
    public void Configure(EntityTypeBuilder<WorkflowTaskArtifact> builder)
    {
        builder.ToTable("workflow_task_artifacts", t =>
        {
            // On approved_at, not approved_by: the approver may be deleted later.
            t.HasCheckConstraint("ck_workflow_task_artifacts_approved_at", "is_approved = (approved_at IS NOT NULL)");
            t.HasCheckConstraint("ck_workflow_task_artifacts_owner", "task_id IS NOT NULL OR workflow_execution_id IS NOT NULL");
        });
        builder.Property(a => a.ArtifactType).HasMaxLength(50);
        builder.Property(a => a.Title).HasMaxLength(255);
        builder.Property(a => a.Content).HasColumnType("jsonb");
        builder.Property(a => a.IsAiGenerated).HasDatabaseDefault(false);
        builder.Property(a => a.AiModel).HasMaxLength(100);
        builder.Property(a => a.IsApproved).HasDatabaseDefault(false);

        builder.HasIndex(a => a.ArtifactType);

        builder.HasOne<User>().WithMany().HasForeignKey(a => a.ApprovedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.CreatedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
