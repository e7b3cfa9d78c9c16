namespace Playbooks.Data.Entities;

/// <summary>A conversational path out of a workflow step (04-database-driven-workflows.md,
/// <c>workflow_chat_branches</c>): a fixed reply and next step, an LLM or RAG conversation, or a saved
/// action. A core workflow's branches are shared like the workflow.</summary>
public class WorkflowChatBranch : ISharedOrTenantOwned
{
    public Guid Id { get; set; }
    public Guid? OrganizationId { get; set; }
    public Guid WorkflowId { get; set; }
    /// <summary>The id of a step in the workflow's <see cref="Workflow.Config"/>.</summary>
    public required string FromStepId { get; set; }
    /// <summary>The document's <c>branch_id</c>, unique among the step's branches.</summary>
    public required string BranchKey { get; set; }
    public required string BranchLabel { get; set; }
    public ChatBranchType BranchType { get; set; }
    /// <summary>What the user may say or click to take the branch, e.g. "Let's do it", "Proceed".</summary>
    public string[] UserPrompts { get; set; } = [];
    public string? ResponseText { get; set; }
    public string? NextStepId { get; set; }
    public Guid? SavedActionId { get; set; }
    /// <summary>e.g. <c>handlers/renewalQA.js</c>, for LLM and RAG branches.</summary>
    public string? LlmHandler { get; set; }
    public bool AllowOffScript { get; set; }
    public string? ReturnToStep { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public Workflow Workflow { get; set; } = null!;
    public SavedAction? SavedAction { get; set; }
}

public enum ChatBranchType
{
    Fixed,
    Llm,
    SavedAction,
    Rag,
}
