using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>A tool the model called during a chat thread (04-database-driven-workflows.md,
/// <c>workflow_llm_tool_calls</c>).</summary>
public class WorkflowLlmToolCall : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ThreadId { get; set; }
    /// <summary>The assistant message that made the call.</summary>
    public Guid? MessageId { get; set; }
    /// <summary>e.g. <c>rag_search</c>, <c>database_query</c>, <c>create_chart</c>.</summary>
    public required string ToolName { get; set; }
    public required JsonDocument ToolInput { get; set; }
    public JsonDocument? ToolOutput { get; set; }
    /// <summary>None while the call runs.</summary>
    public bool? Success { get; set; }
    public string? ErrorMessage { get; set; }
    public int? DurationMs { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public WorkflowChatThread Thread { get; set; } = null!;
    public WorkflowChatMessage? Message { get; set; }
}
