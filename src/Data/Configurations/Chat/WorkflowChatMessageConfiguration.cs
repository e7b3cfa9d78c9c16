using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowChatMessageConfiguration : IEntityTypeConfiguration<WorkflowChatMessage>
{
    public void Configure(EntityTypeBuilder<WorkflowChatMessage> builder)
    {
        builder.ToTable("workflow_chat_messages", t =>
        {
            t.HasCheckConstraint("ck_workflow_chat_messages_sequence_number", "sequence_number >= 1");
            t.HasCheckConstraint("ck_workflow_chat_messages_tokens_used", "tokens_used >= 0");
        });
        builder.Property(m => m.MessageType).HasDatabaseDefault(ChatMessageType.Text);
        builder.Property(m => m.Metadata).HasColumnType("jsonb");

        builder.HasIndex(m => new { m.ThreadId, m.SequenceNumber }).IsUnique();
    }
}
