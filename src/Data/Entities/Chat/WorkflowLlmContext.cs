using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>The model settings and context of one chat thread (04-database-driven-workflows.md,
/// <c>workflow_llm_context</c>).</summary>
public class WorkflowLlmContext : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ThreadId { get; set; }
    public required string SystemPrompt { get; set; }
    /// <summary>e.g. <c>rag_search</c>, <c>database_query</c>, <c>create_chart</c>.</summary>
    public string[] ToolsAvailable { get; set; } = [];
    /// <summary>The customer, CSM, workflow, company and account team the prompt may refer to.</summary>
    public required JsonDocument ContextData { get; set; }
    public string? ModelUsed { get; set; }
    public double Temperature { get; set; } = 0.7;
    public int MaxTokens { get; set; } = 2000;
    public int TotalTokensUsed { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public WorkflowChatThread Thread { get; set; } = null!;
}
