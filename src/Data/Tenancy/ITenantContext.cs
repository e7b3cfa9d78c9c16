namespace Playbooks.Data.Tenancy;

/// <summary>
/// The tenant the current unit of work runs as. The server sets it per request (from the signed-in
/// user), per subscription and per background job; the connection interceptor copies it into the
/// PostgreSQL setting <c>app.current_organization_id</c> that the row-level security policies read,
/// and the tenant query filter reads it too. No organization means: no tenant rows at all.
/// </summary>
public interface ITenantContext
{
    Guid? OrganizationId { get; }
}

/// <summary>The scoped, settable tenant context (one per request or job).</summary>
public sealed class TenantContext : ITenantContext
{
    public Guid? OrganizationId { get; private set; }

    public void Set(Guid? organizationId) => OrganizationId = organizationId;
}
