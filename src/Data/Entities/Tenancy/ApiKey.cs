namespace Playbooks.Data.Entities;

/// <summary>
/// A key a service client signs in with, created by an admin of one organization. The key itself is shown once, at
/// creation; only its SHA-256 hash is stored (keys are 256 random bits, so a fast hash is enough), with a short
/// prefix to recognise it in lists. A revoked key stays, for the record, but no longer signs in.
/// </summary>
public class ApiKey : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    /// <summary>The key's first characters, shown in lists (never enough to use it).</summary>
    public required string Prefix { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public required string KeyHash { get; set; }
    /// <summary>What the key may do, as a user of this role would.</summary>
    public UserRole Role { get; set; } = UserRole.Member;
    public Guid? CreatedByUserId { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
