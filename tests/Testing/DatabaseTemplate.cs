using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Playbooks.Data;

namespace Playbooks.Testing;

/// <summary>
/// The migrated template every test database is cloned from. Its name carries the data layer's build
/// id, so a rebuilt data layer (new migrations, changed SQL) gets a fresh template; an advisory lock makes
/// test assemblies running in parallel build it once.
/// </summary>
internal static class DatabaseTemplate
{
    private const long LockKey = 7_357_001;
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _name;

    public static async Task<string> EnsureAsync()
    {
        if (_name is not null)
        {
            return _name;
        }
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return _name ??= await CreateAsync().ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> CreateAsync()
    {
        var buildId = typeof(PlaybooksDbContext).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        var name = "playbooks_template_" + buildId;
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin);
        await admin.OpenAsync().ConfigureAwait(false);
        await ExecuteAsync(admin, $"SELECT pg_advisory_lock({LockKey})").ConfigureAwait(false);
        try
        {
            await using (var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin))
            {
                exists.Parameters.AddWithValue("name", name);
                if ((long)(await exists.ExecuteScalarAsync().ConfigureAwait(false))! > 0)
                {
                    return name;
                }
            }
            await DropStaleTemplatesAsync(admin).ConfigureAwait(false);
            var building = name + "_building";
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {building} WITH (FORCE)").ConfigureAwait(false);
            await ExecuteAsync(admin, $"CREATE DATABASE {building} OWNER {TestDatabase.OwnerRole}").ConfigureAwait(false);
            var options = new DatabaseOptions
            {
                ConnectionString = TestDatabase.ConnectionStringFor(building, TestDatabase.AppRole),
                OwnerConnectionString = TestDatabase.ConnectionStringFor(building, TestDatabase.OwnerRole),
            };
            await new DatabaseMigrator(options, NullLogger<DatabaseMigrator>.Instance).MigrateAsync().ConfigureAwait(false);
            NpgsqlConnection.ClearAllPools();
            // Renamed only when complete, so a crashed run never leaves a half-migrated template behind.
            await ExecuteAsync(admin, $"ALTER DATABASE {building} RENAME TO {name}").ConfigureAwait(false);
            return name;
        }
        finally
        {
            await ExecuteAsync(admin, $"SELECT pg_advisory_unlock({LockKey})").ConfigureAwait(false);
        }
    }

    private static async Task DropStaleTemplatesAsync(NpgsqlConnection admin)
    {
        var stale = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'playbooks_template_%'", admin))
        await using (var reader = await list.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                stale.Add(reader.GetString(0));
            }
        }
        foreach (var database in stale.Where(d => d.StartsWith("playbooks_template_", StringComparison.Ordinal)))
        {
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)").ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
