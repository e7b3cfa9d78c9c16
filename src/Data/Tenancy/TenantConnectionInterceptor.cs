using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Playbooks.Data.Tenancy;

/// <summary>
/// Applies the tenant of the context that opens a connection to that connection, so row-level
/// security sees it. The setting is session-local; Npgsql resets session state when a pooled
/// connection is returned, and we set it again on every open, so a connection never carries one
/// tenant's setting into another's request. Stateless: one instance serves every context.
/// </summary>
public sealed class TenantConnectionInterceptor : DbConnectionInterceptor
{
    public const string SettingName = "app.current_organization_id";

    public static readonly TenantConnectionInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection, eventData);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection, eventData);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand CreateCommand(DbConnection connection, ConnectionEndEventData eventData)
    {
        var organization = (eventData.Context as PlaybooksDbContext)?.CurrentOrganizationId;
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT set_config('{SettingName}', @organization, false)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "organization";
        parameter.Value = organization?.ToString() ?? string.Empty;
        command.Parameters.Add(parameter);
        return command;
    }
}
