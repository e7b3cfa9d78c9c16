using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>A renewal workflow's configuration (04-database-driven-workflows.md, <c>workflows</c>): its
/// trigger, system prompt, steps, routing and notifications, but no UI. Core workflows have no
/// organization and every tenant sees them; a tenant's own workflows have one.</summary>
public class Workflow : ISharedOrTenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid? OrganizationId { get; set; }
    /// <summary>The document's <c>workflow_id</c>, e.g. <c>critical</c>; unique per organization, and
    /// among core workflows.</summary>
    public required string WorkflowKey { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>The configuration's own semantic version, e.g. <c>1.0.0</c>; the audit trail's numbers
    /// are <see cref="WorkflowVersion.Version"/>.</summary>
    public string Version { get; set; } = "1.0.0";
    public required JsonDocument Config { get; set; }
    /// <summary>True exactly when the workflow has no organization.</summary>
    public bool IsCore { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<WorkflowVersion> Versions { get; set; } = [];
    public List<WorkflowChatBranch> ChatBranches { get; set; } = [];
}
