using Xunit;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Playbooks.Data;
using Playbooks.Data.Tenancy;

namespace Playbooks.Testing;

/// <summary>
/// A fresh database for one test class (use as <c>IClassFixture&lt;TestDatabase&gt;</c>), cloned in
/// milliseconds from a template that is migrated once per build of the data layer. Test classes run in
/// parallel without seeing each other's rows. The application connection uses the non-owner role, so
/// row-level security applies exactly as in production.
/// </summary>
public class TestDatabase : IAsyncLifetime
{
    public const string AppRole = "playbooks_app";
    public const string OwnerRole = "playbooks_owner";

    public string Name { get; } = "test_" + Guid.NewGuid().ToString("N")[..16];

    public string AppConnectionString { get; private set; } = "";

    public string OwnerConnectionString { get; private set; } = "";

    public DatabaseOptions Options => new() { ConnectionString = AppConnectionString, OwnerConnectionString = OwnerConnectionString };

    public virtual async Task InitializeAsync()
    {
        var template = await DatabaseTemplate.EnsureAsync().ConfigureAwait(false);
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin))
        {
            await admin.OpenAsync().ConfigureAwait(false);
            // Cloning fails while another session is connected to the template (a parallel clone can be);
            // that passes within moments, so try again briefly.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {Name} TEMPLATE {template} OWNER {OwnerRole}", admin);
                    await create.ExecuteNonQueryAsync().ConfigureAwait(false);
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
                {
                    await Task.Delay(100).ConfigureAwait(false);
                }
            }
        }
        AppConnectionString = ConnectionStringFor(Name, AppRole);
        OwnerConnectionString = ConnectionStringFor(Name, OwnerRole);
    }

    /// <summary>A context on the application connection, running as <paramref name="organizationId"/>.</summary>
    public PlaybooksDbContext CreateContext(Guid? organizationId, bool tenantFilter = true)
    {
        var tenant = new TenantContext();
        tenant.Set(organizationId);
        return new PlaybooksDbContext(PlaybooksDbContext.CreateOptions(AppConnectionString), tenant) { TenantFilterEnabled = tenantFilter };
    }

    /// <summary>A context on the owner connection (system scope: sees every tenant).</summary>
    public PlaybooksDbContext CreateSystemContext() =>
        SystemScope.CreateContext(OwnerConnectionString, "test setup", NullLogger.Instance);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin);
        await admin.OpenAsync().ConfigureAwait(false);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    internal static string ConnectionStringFor(string database, string role)
    {
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdmin)
        {
            Database = database,
            Username = role,
            Password = role,
            MaxPoolSize = 20,
        };
        return builder.ConnectionString;
    }
}
