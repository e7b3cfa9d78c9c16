using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>A notification a workflow sent or will send, from its configured notifications
/// (04-database-driven-workflows.md: type, title, message, recipients, priority, action triggered,
/// metadata), with the title and message already resolved from their templates.</summary>
public class WorkflowNotification : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid WorkflowExecutionId { get; set; }
    /// <summary>e.g. <c>email</c>, <c>slack</c>, <c>in_app</c>.</summary>
    public required string NotificationType { get; set; }
    public required string Title { get; set; }
    public required string Message { get; set; }
    /// <summary>Addresses resolved from the workflow's context, e.g. the CSM's manager.</summary>
    public string[] Recipients { get; set; } = [];
    public NotificationPriority Priority { get; set; } = NotificationPriority.Normal;
    public NotificationStatus Status { get; set; } = NotificationStatus.Pending;
    /// <summary>The user action that sent it, e.g. <c>activate-war-room</c>, for action-triggered notifications.</summary>
    public string? ActionTriggered { get; set; }
    public JsonDocument? Metadata { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public WorkflowExecution WorkflowExecution { get; set; } = null!;
}

public enum NotificationPriority
{
    Low,
    Normal,
    High,
    Urgent,
}

public enum NotificationStatus
{
    Pending,
    Sent,
    Read,
    Dismissed,
    Failed,
}
