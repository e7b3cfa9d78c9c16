using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Playbooks.Data.Tenancy;

namespace Playbooks.Data;

/// <summary>
/// Brings a database up to date: applies the EF Core migrations as the owner role, then grants the
/// application role what it needs (and nothing it does not: it never owns a table, so row-level
/// security applies to it). Idempotent; safe to run at every start.
/// </summary>
public sealed class DatabaseMigrator(DatabaseOptions options, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using (var context = SystemScope.CreateContext(options.OwnerConnectionString, "apply migrations", logger))
        {
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            }
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        await GrantApplicationRoleAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task GrantApplicationRoleAsync(CancellationToken cancellationToken)
    {
        var appRole = new NpgsqlConnectionStringBuilder(options.ConnectionString).Username;
        var ownerRole = new NpgsqlConnectionStringBuilder(options.OwnerConnectionString).Username;
        if (string.IsNullOrEmpty(appRole) || appRole == ownerRole)
        {
            logger.LogWarning(
                "The application connects as the tables' owner ({Role}): row-level security will not isolate tenants. " +
                "Set ConnectionStrings__Postgres to a role that does not own the tables.", ownerRole);
            return;
        }
        var role = new NpgsqlCommandBuilder().QuoteIdentifier(appRole);
        await using var connection = new NpgsqlConnection(options.OwnerConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {role};
            REVOKE ALL ON TABLE "__EFMigrationsHistory" FROM {role};
            """;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
