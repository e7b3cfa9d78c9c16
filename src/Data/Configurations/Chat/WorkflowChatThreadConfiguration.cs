using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowChatThreadConfiguration : IEntityTypeConfiguration<WorkflowChatThread>
{
    public void Configure(EntityTypeBuilder<WorkflowChatThread> builder)
    {
        builder.ToTable("workflow_chat_threads", t =>
        {
            t.HasCheckConstraint("ck_workflow_chat_threads_ended_at", "ended_at >= started_at");
            t.HasCheckConstraint("ck_workflow_chat_threads_total_messages", "total_messages >= 0");
            t.HasCheckConstraint("ck_workflow_chat_threads_total_tokens", "total_tokens >= 0");
        });
        builder.Property(t => t.StepId).HasMaxLength(100);
        builder.Property(t => t.StartedAt).HasDefaultValueSql("now()");
        builder.Property(t => t.Status).HasDatabaseDefault(ChatThreadStatus.Active);
        builder.Property(t => t.ReturnToStep).HasMaxLength(100);
        builder.Property(t => t.TotalMessages).HasDatabaseDefault(0);
        builder.Property(t => t.TotalTokens).HasDatabaseDefault(0);

        builder.HasIndex(t => t.Status);

        builder.HasOne(t => t.Branch).WithMany().HasForeignKey(t => t.BranchId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.StartedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(t => t.Messages).WithOne(m => m.Thread).HasForeignKey(m => m.ThreadId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.LlmContext).WithOne(c => c.Thread).HasForeignKey<WorkflowLlmContext>(c => c.ThreadId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.ToolCalls).WithOne(c => c.Thread).HasForeignKey(c => c.ThreadId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
