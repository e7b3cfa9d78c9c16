using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>A reusable action such as "snooze 7 days" (04-database-driven-workflows.md,
/// <c>saved_actions</c>): shared by every tenant when it has no organization.</summary>
public class SavedAction : ISharedOrTenantOwned
{
    public Guid Id { get; set; }
    public Guid? OrganizationId { get; set; }
    /// <summary>The document's <c>action_id</c>, e.g. <c>snooze-7-days</c>.</summary>
    public required string ActionKey { get; set; }
    public required string ActionName { get; set; }
    public SavedActionType ActionType { get; set; }
    /// <summary><c>code:GlobalActions.snooze</c> calls a code module; <c>file:handlers/custom.js</c> loads a file.</summary>
    public string? Handler { get; set; }
    public JsonDocument? Config { get; set; }
    /// <summary>Offered in every workflow, not only those whose branches name it.</summary>
    public bool AvailableGlobally { get; set; } = true;
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum SavedActionType
{
    Snooze,
    Skip,
    Escalation,
    Schedule,
    SendEmail,
    CreateTask,
    Script,
}
