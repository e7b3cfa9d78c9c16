namespace Playbooks.Data.Entities;

/// <summary>A multi-turn LLM conversation opened from a workflow step (04-database-driven-workflows.md,
/// <c>workflow_chat_threads</c>); completing it returns the user to the workflow.</summary>
public class WorkflowChatThread : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid WorkflowExecutionId { get; set; }
    /// <summary>The id of the workflow step the thread was opened from.</summary>
    public required string StepId { get; set; }
    /// <summary>The branch the user took to open the thread.</summary>
    public Guid? BranchId { get; set; }
    public ChatThreadType ThreadType { get; set; }
    public Guid? StartedBy { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public ChatThreadStatus Status { get; set; } = ChatThreadStatus.Active;
    public string? ReturnToStep { get; set; }
    public int TotalMessages { get; set; }
    public int TotalTokens { get; set; }

    public WorkflowExecution WorkflowExecution { get; set; } = null!;
    public WorkflowChatBranch? Branch { get; set; }
    public List<WorkflowChatMessage> Messages { get; set; } = [];
    public WorkflowLlmContext? LlmContext { get; set; }
    public List<WorkflowLlmToolCall> ToolCalls { get; set; } = [];
}

public enum ChatThreadType
{
    Llm,
    Rag,
    Analysis,
    Custom,
}

public enum ChatThreadStatus
{
    Active,
    Completed,
    Abandoned,
}
