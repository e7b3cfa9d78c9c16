using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>One user's settings (05-workflow-apis-summary.md, <c>user_preferences</c>); a null section
/// means the application defaults.</summary>
public class UserPreferences : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public JsonDocument? Chat { get; set; }
    public JsonDocument? Notifications { get; set; }
    public JsonDocument? Ui { get; set; }
    public JsonDocument? Workflow { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public User User { get; set; } = null!;
}
