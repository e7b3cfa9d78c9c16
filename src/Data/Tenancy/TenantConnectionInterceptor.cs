using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Playbooks.Data.Tenancy;

/// <summary>
/// Applies the tenant of the current <see cref="ITenantContext"/> to every connection EF opens, so
/// row-level security sees it. The setting is session-local; Npgsql resets session state when a
/// pooled connection is returned, and we set it again on every open, so a connection never carries
/// one tenant's setting into another's request.
/// </summary>
public sealed class TenantConnectionInterceptor(ITenantContext tenant) : DbConnectionInterceptor
{
    internal const string SettingName = "app.current_organization_id";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT set_config('{SettingName}', @organization, false)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "organization";
        parameter.Value = tenant.OrganizationId?.ToString() ?? string.Empty;
        command.Parameters.Add(parameter);
        return command;
    }
}
