using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>One RAG query and its answer (02-data-persistence-status.md, <c>rag_query_log</c>).</summary>
public class RagQueryLogEntry : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid? UserId { get; set; }
    /// <summary>The chat thread that asked, when a thread did.</summary>
    public Guid? ThreadId { get; set; }
    public required string Query { get; set; }
    public string? Response { get; set; }
    /// <summary>The documents the answer drew on, with their scores.</summary>
    public JsonDocument? Sources { get; set; }
    public int? ResultCount { get; set; }
    public int? LatencyMs { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
