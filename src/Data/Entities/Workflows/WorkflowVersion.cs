using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>A past configuration of a workflow (04-database-driven-workflows.md, <c>workflow_versions</c>),
/// written by a trigger whenever <see cref="Workflow.Config"/> changes.</summary>
public class WorkflowVersion : ISharedOrTenantOwned
{
    public Guid Id { get; set; }
    public Guid? OrganizationId { get; set; }
    public Guid WorkflowId { get; set; }
    /// <summary>1, 2, 3 … per workflow.</summary>
    public int Version { get; set; }
    public required JsonDocument Config { get; set; }
    public Guid? ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string? ChangeDescription { get; set; }

    public Workflow Workflow { get; set; } = null!;
}
