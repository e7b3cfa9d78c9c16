using Microsoft.EntityFrameworkCore;
using Npgsql;
using Playbooks.Data.Entities;
using Playbooks.Testing;

namespace Playbooks.Data.Tests;

/// <summary>
/// Row-level security alone isolates tenants: every test here switches EF's tenant query filter off and
/// connects as the application role, so only the database's policies stand between tenant A and B's rows.
/// </summary>
public sealed class RowLevelSecurityTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private Guid _a;
    private Guid _b;
    private Guid _customerOfB;
    private Guid _coreWorkflow;
    private Guid _playbookOfB;

    public async Task InitializeAsync()
    {
        await using var system = database.CreateSystemContext();
        var a = new Organization { Name = "A " + Guid.NewGuid(), Slug = "a-" + Guid.NewGuid().ToString("N")[..8] };
        var b = new Organization { Name = "B " + Guid.NewGuid(), Slug = "b-" + Guid.NewGuid().ToString("N")[..8] };
        system.Organizations.AddRange(a, b);
        await system.SaveChangesAsync();
        system.Customers.AddRange(
            new Customer { OrganizationId = a.Id, Name = "A's customer", Status = CustomerStatus.Active, HealthScore = 80, Arr = 10_000 },
            new Customer { OrganizationId = b.Id, Name = "B's customer", Status = CustomerStatus.Active, HealthScore = 40, Arr = 200_000 });
        var core = new Workflow
        {
            WorkflowKey = "core-" + Guid.NewGuid().ToString("N")[..8],
            Name = "Core",
            IsCore = true,
            Config = System.Text.Json.JsonDocument.Parse("""{"steps":[]}"""),
        };
        system.Workflows.Add(core);
        await system.SaveChangesAsync();
        (_a, _b, _coreWorkflow) = (a.Id, b.Id, core.Id);
        _customerOfB = await system.Customers.Where(c => c.OrganizationId == _b).Select(c => c.Id).SingleAsync();
        var playbookOfB = new Playbook
        {
            OrganizationId = _b, Key = "b-only", Name = "B only",
            InputSchema = System.Text.Json.JsonDocument.Parse("{}"), OutputSchema = System.Text.Json.JsonDocument.Parse("{}"),
        };
        system.Playbooks.Add(playbookOfB);
        await system.SaveChangesAsync();
        _playbookOfB = playbookOfB.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Tenant_reads_only_its_own_rows_with_the_query_filter_off()
    {
        await using var asA = database.CreateContext(_a, tenantFilter: false);

        var customers = await asA.Customers.Select(c => c.Name).ToListAsync();
        var organizations = await asA.Organizations.Select(o => o.Id).ToListAsync();

        customers.Should().Equal("A's customer");
        organizations.Should().Equal(_a);
        (await asA.Customers.AnyAsync(c => c.Id == _customerOfB)).Should().BeFalse();
    }

    [Fact]
    public async Task No_tenant_sees_no_tenant_rows()
    {
        await using var anonymous = database.CreateContext(null, tenantFilter: false);

        (await anonymous.Customers.CountAsync()).Should().Be(0);
        (await anonymous.Organizations.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Tenant_cannot_insert_a_row_for_another_tenant()
    {
        await using var asA = database.CreateContext(_a, tenantFilter: false);
        asA.Customers.Add(new Customer { OrganizationId = _b, Name = "smuggled", Status = CustomerStatus.Active });

        var act = () => asA.SaveChangesAsync();

        (await act.Should().ThrowAsync<DbUpdateException>()).WithInnerException<PostgresException>()
            .Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task Tenant_cannot_update_or_delete_another_tenants_rows()
    {
        await using var asA = database.CreateContext(_a, tenantFilter: false);

        var updated = await asA.Customers.Where(c => c.Id == _customerOfB).ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "taken"));
        var deleted = await asA.Customers.Where(c => c.Id == _customerOfB).ExecuteDeleteAsync();
        var raw = await asA.Database.ExecuteSqlInterpolatedAsync($"UPDATE customers SET name = 'taken' WHERE id = {_customerOfB}");

        (updated, deleted, raw).Should().Be((0, 0, 0));
        await using var system = database.CreateSystemContext();
        (await system.Customers.SingleAsync(c => c.Id == _customerOfB)).Name.Should().Be("B's customer");
    }

    [Fact]
    public async Task Tenant_cannot_move_its_row_to_another_tenant()
    {
        await using var asA = database.CreateContext(_a, tenantFilter: false);

        var act = () => asA.Customers.Where(c => c.OrganizationId == _a).ExecuteUpdateAsync(s => s.SetProperty(c => c.OrganizationId, _b));

        (await act.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task Tenant_cannot_attach_its_rows_to_another_tenants_row_by_id()
    {
        await using var asA = database.CreateContext(_a, tenantFilter: false);
        asA.PlaybookSteps.Add(new PlaybookStep
        {
            OrganizationId = _a, PlaybookId = _playbookOfB, StepKey = "intruder", StepName = "Intruder", StepOrder = 1,
            StepType = PlaybookStepType.AgentExecution, Config = System.Text.Json.JsonDocument.Parse("{}"),
            InputSchema = System.Text.Json.JsonDocument.Parse("{}"), OutputSchema = System.Text.Json.JsonDocument.Parse("{}"),
            InputMapping = System.Text.Json.JsonDocument.Parse("{}"),
        });

        var act = () => asA.SaveChangesAsync();

        (await act.Should().ThrowAsync<DbUpdateException>()).WithInnerException<PostgresException>()
            .Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task Tenant_may_reference_shared_rows()
    {
        await using var asA = database.CreateContext(_a, tenantFilter: false);
        var customer = await asA.Customers.SingleAsync();
        asA.WorkflowExecutions.Add(new WorkflowExecution
        {
            OrganizationId = _a, WorkflowId = _coreWorkflow, CustomerId = customer.Id, Status = WorkflowExecutionStatus.InProgress,
        });

        await asA.SaveChangesAsync();

        (await asA.WorkflowExecutions.CountAsync(e => e.WorkflowId == _coreWorkflow)).Should().Be(1);
    }

    [Fact]
    public async Task Shared_rows_are_readable_by_every_tenant_and_writable_by_none()
    {
        await using var asA = database.CreateContext(_a, tenantFilter: false);
        await using var asB = database.CreateContext(_b, tenantFilter: false);

        (await asA.Workflows.AnyAsync(w => w.Id == _coreWorkflow)).Should().BeTrue();
        (await asB.Workflows.AnyAsync(w => w.Id == _coreWorkflow)).Should().BeTrue();
        var updated = await asA.Workflows.Where(w => w.Id == _coreWorkflow).ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "mine"));
        var deleted = await asB.Workflows.Where(w => w.Id == _coreWorkflow).ExecuteDeleteAsync();
        updated.Should().Be(0);
        deleted.Should().Be(0);

        asA.Workflows.Add(new Workflow { WorkflowKey = "fake-core", Name = "x", IsCore = true, Config = System.Text.Json.JsonDocument.Parse("{}") });
        var insertShared = () => asA.SaveChangesAsync();
        await insertShared.Should().ThrowAsync<DbUpdateException>();
    }

    [Fact]
    public async Task Every_table_with_an_organization_has_row_level_security_forced()
    {
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r'
               AND (c.relname = 'organizations' OR EXISTS (
                    SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped))
            """, connection);
        var tables = new List<(string Name, bool Enabled, bool Forced, long Policies)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetInt64(3)));
            }
        }

        tables.Should().HaveCountGreaterThan(25);
        tables.Where(t => !t.Enabled || !t.Forced || t.Policies < 2).Select(t => t.Name).Should().BeEmpty();
    }

    [Fact]
    public async Task Application_role_does_not_own_the_tables()
    {
        await using var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user", connection);

        ((long)(await command.ExecuteScalarAsync())!).Should().Be(0);
    }
}
