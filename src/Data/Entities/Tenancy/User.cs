namespace Playbooks.Data.Entities;

/// <summary>A person who signs in: a CSM, a manager or an admin of one organization. E-mail addresses
/// are unique across all organizations, so sign-in needs no tenant.</summary>
public class User : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public required string Email { get; set; }
    public required string Name { get; set; }
    public required string PasswordHash { get; set; }
    public UserRole Role { get; set; } = UserRole.Member;
    public bool IsActive { get; set; } = true;
    public DateTimeOffset? LastLoginAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public UserPreferences? Preferences { get; set; }
}

public enum UserRole
{
    Admin,
    Member,
    Viewer,
}
