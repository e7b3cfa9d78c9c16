using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>A work product of a task or workflow, often drafted by an LLM and approved by a person
/// (05-workflow-apis-summary.md, <c>workflow_task_artifacts</c>).</summary>
public class WorkflowTaskArtifact : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid? TaskId { get; set; }
    public Guid? WorkflowExecutionId { get; set; }
    /// <summary>Free text: <c>email_draft</c>, <c>contract_analysis</c>, <c>meeting_notes</c>, <c>assessment</c>, …</summary>
    public required string ArtifactType { get; set; }
    public required string Title { get; set; }
    public required JsonDocument Content { get; set; }
    public bool IsAiGenerated { get; set; }
    public string? AiModel { get; set; }
    public string? AiPrompt { get; set; }
    /// <summary>True exactly when <see cref="ApprovedAt"/> is set.</summary>
    public bool IsApproved { get; set; }
    public Guid? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public WorkflowTask? Task { get; set; }
    public WorkflowExecution? WorkflowExecution { get; set; }
}
