namespace Playbooks.Data.Entities;

/// <summary>A row that belongs to exactly one organization (tenant). Row-level security and the
/// tenant query filter both key on <see cref="OrganizationId"/>.</summary>
public interface ITenantOwned
{
    Guid OrganizationId { get; set; }
}

/// <summary>A row that is either shared by every tenant (no organization: core workflows, global saved
/// actions, default reference ranges) or owned by one. Shared rows are readable by all tenants and
/// writable by none.</summary>
public interface ISharedOrTenantOwned
{
    Guid? OrganizationId { get; set; }
}

/// <summary>Rows with <c>created_at</c>/<c>updated_at</c>; the database maintains <c>updated_at</c>
/// with a trigger, so raw SQL updates keep it true too.</summary>
public interface IHasTimestamps
{
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
}
