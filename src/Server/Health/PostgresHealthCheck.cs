using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Playbooks.Data;

namespace Playbooks.Server.Health;

/// <summary>Healthy when the application role can connect and the schema is migrated.</summary>
internal sealed class PostgresHealthCheck(DatabaseOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(options.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT to_regclass('public.organizations') IS NOT NULL", connection);
            var migrated = (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            return migrated
                ? HealthCheckResult.Healthy("connected; schema migrated")
                : HealthCheckResult.Degraded("connected; schema not migrated (run `seed` or `migrate`)");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("cannot reach PostgreSQL: " + exception.Message);
        }
    }
}
