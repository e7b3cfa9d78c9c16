using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowLlmContextConfiguration : IEntityTypeConfiguration<WorkflowLlmContext>
{
    public void Configure(EntityTypeBuilder<WorkflowLlmContext> builder)
    {
        builder.ToTable("workflow_llm_context", t =>
        {
            t.HasCheckConstraint("ck_workflow_llm_context_temperature", "temperature BETWEEN 0 AND 2");
            t.HasCheckConstraint("ck_workflow_llm_context_max_tokens", "max_tokens > 0");
            t.HasCheckConstraint("ck_workflow_llm_context_total_tokens_used", "total_tokens_used >= 0");
        });
        builder.Property(c => c.ToolsAvailable).HasColumnType("text[]").HasDefaultValueSql("'{}'");
        builder.Property(c => c.ContextData).HasColumnType("jsonb");
        builder.Property(c => c.ModelUsed).HasMaxLength(100);
        builder.Property(c => c.Temperature).HasDatabaseDefault(0.7);
        builder.Property(c => c.MaxTokens).HasDatabaseDefault(2000);
        builder.Property(c => c.TotalTokensUsed).HasDatabaseDefault(0);
    }
}
