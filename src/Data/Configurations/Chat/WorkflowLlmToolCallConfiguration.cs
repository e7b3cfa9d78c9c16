using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowLlmToolCallConfiguration : IEntityTypeConfiguration<WorkflowLlmToolCall>
{
    public void Configure(EntityTypeBuilder<WorkflowLlmToolCall> builder)
    {
        builder.ToTable("workflow_llm_tool_calls", t =>
            t.HasCheckConstraint("ck_workflow_llm_tool_calls_duration_ms", "duration_ms >= 0"));
        builder.Property(c => c.ToolName).HasMaxLength(100);
        builder.Property(c => c.ToolInput).HasColumnType("jsonb");
        builder.Property(c => c.ToolOutput).HasColumnType("jsonb");

        builder.HasIndex(c => c.ToolName);

        builder.HasOne(c => c.Message).WithMany().HasForeignKey(c => c.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
