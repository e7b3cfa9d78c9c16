using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowChatBranchConfiguration : IEntityTypeConfiguration<WorkflowChatBranch>
{
    public void Configure(EntityTypeBuilder<WorkflowChatBranch> builder)
    {
        builder.ToTable("workflow_chat_branches");
        builder.Property(b => b.FromStepId).HasMaxLength(100);
        builder.Property(b => b.BranchKey).HasMaxLength(100);
        builder.Property(b => b.BranchLabel).HasMaxLength(255);
        builder.Property(b => b.UserPrompts).HasColumnType("text[]").HasDefaultValueSql("'{}'");
        builder.Property(b => b.NextStepId).HasMaxLength(100);
        builder.Property(b => b.LlmHandler).HasMaxLength(255);
        builder.Property(b => b.AllowOffScript).HasDatabaseDefault(false);
        builder.Property(b => b.ReturnToStep).HasMaxLength(100);

        // Also serves the lookup of a step's branches by (workflow_id, from_step_id).
        builder.HasIndex(b => new { b.WorkflowId, b.FromStepId, b.BranchKey }).IsUnique();

        builder.HasOne(b => b.SavedAction).WithMany().HasForeignKey(b => b.SavedActionId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
