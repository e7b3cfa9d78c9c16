using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Playbooks.Data;
using Playbooks.Data.Conventions;
using Playbooks.Data.Entities;
using Playbooks.Data.Tenancy;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Server.Auth;

/// <summary>
/// Turns a validated token into the request's principal by reading the user again, as its organization: a deleted or
/// deactivated user's token stops working at once, and a changed role applies to the next request. API keys are read
/// the same way, through <c>app_api_key_organization</c> (the one thing that may look across tenants: which
/// organization a key hash belongs to).
/// </summary>
internal sealed class PrincipalValidator(DatabaseOptions database, TimeProvider clock)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    // Built once: options made per request cost EF a service-provider lookup (and allocations) on every request.
    private readonly DbContextOptions<PlaybooksDbContext> _options = PlaybooksDbContext.CreateOptions(database.ConnectionString);

    /// <summary>The principal of a signed-in user's token; <c>null</c> when the user is gone, inactive or moved.</summary>
    public async Task<ClaimsPrincipal?> ForUserAsync(ClaimsPrincipal token, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(token.FindFirstValue(PlaybooksClaimTypes.UserId), out var userId)
            || !Guid.TryParse(token.FindFirstValue(PlaybooksClaimTypes.OrganizationId), out var organizationId))
        {
            return null;
        }

        // One round trip (the tenant setting, then the row) on the application role: row-level security admits only the
        // user's own organization, so a token naming another organization finds nobody. This runs on every request.
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT set_config('{TenantConnectionInterceptor.SettingName}', $1, false)")
                {
                    Parameters = { new NpgsqlParameter { Value = organizationId.ToString() } },
                },
                new NpgsqlBatchCommand("SELECT email, name, role FROM users WHERE id = $1 AND is_active")
                {
                    Parameters = { new NpgsqlParameter { Value = userId } },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var role = EnumText.Parse<UserRole>(reader.GetString(2));
        return CurrentIdentity.ToPrincipal(new CurrentIdentity(organizationId, role, userId, null), reader.GetString(0), reader.GetString(1));
    }

    /// <summary>The principal of a live API key; <c>null</c> when the key is unknown or revoked.</summary>
    public async Task<ClaimsPrincipal?> ForApiKeyAsync(string key, CancellationToken cancellationToken)
    {
        var hash = ApiKeySecrets.Hash(key);
        Guid? organizationId;
        await using (var lookup = CreateContext(null))
        {
            organizationId = await lookup.Database
                .SqlQuery<Guid?>($"SELECT app_api_key_organization({hash}) AS \"Value\"")
                .SingleAsync(cancellationToken).ConfigureAwait(false);
        }

        if (organizationId is not { } organization)
        {
            return null;
        }

        await using var db = CreateContext(organization);
        var apiKey = await db.ApiKeys.SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken).ConfigureAwait(false);
        if (apiKey is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (apiKey.LastUsedAt is not { } lastUsed || now - lastUsed > LastUsedResolution)
        {
            apiKey.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return CurrentIdentity.ToPrincipal(new CurrentIdentity(organization, apiKey.Role, null, apiKey.Id), name: apiKey.Name);
    }

    private PlaybooksDbContext CreateContext(Guid? organizationId)
    {
        var tenant = new TenantContext();
        tenant.Set(organizationId);
        return new PlaybooksDbContext(_options, tenant)
        {
            TenantFilterEnabled = database.TenantQueryFilter,
        };
    }
}
