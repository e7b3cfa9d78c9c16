using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class RagQueryLogEntryConfiguration : IEntityTypeConfiguration<RagQueryLogEntry>
{
    public void Configure(EntityTypeBuilder<RagQueryLogEntry> builder)
    {
        builder.ToTable("rag_query_log", t =>
        {
            t.HasCheckConstraint("ck_rag_query_log_result_count", "result_count >= 0");
            t.HasCheckConstraint("ck_rag_query_log_latency_ms", "latency_ms >= 0");
        });
        builder.Property(q => q.Sources).HasColumnType("jsonb");

        builder.HasIndex(q => q.CreatedAt);

        builder.HasOne<User>().WithMany().HasForeignKey(q => q.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<WorkflowChatThread>().WithMany().HasForeignKey(q => q.ThreadId).OnDelete(DeleteBehavior.SetNull);
    }
}
