using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>One message of a chat thread (04-database-driven-workflows.md, <c>workflow_chat_messages</c>).</summary>
public class WorkflowChatMessage : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ThreadId { get; set; }
    public ChatRole Role { get; set; }
    public required string Content { get; set; }
    public ChatMessageType MessageType { get; set; } = ChatMessageType.Text;
    /// <summary>The chart's data or the table's columns and rows, for those message types.</summary>
    public JsonDocument? Metadata { get; set; }
    public int? TokensUsed { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>1, 2, 3 … within the thread: the order, even for messages written in the same instant.</summary>
    public int SequenceNumber { get; set; }

    public WorkflowChatThread Thread { get; set; } = null!;
}

public enum ChatRole
{
    User,
    Assistant,
    System,
}

public enum ChatMessageType
{
    Text,
    Chart,
    Table,
    Code,
}
