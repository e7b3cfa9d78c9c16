using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Playbooks.Data.Entities;
using Playbooks.Testing;

namespace Playbooks.Data.Tests;

/// <summary>The SQL functions and triggers of the migrations, each on real rows.</summary>
public sealed class DatabaseFunctionTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData(-1, "Overdue")]
    [InlineData(-400, "Overdue")]
    [InlineData(0, "Emergency")]
    [InlineData(6, "Emergency")]
    [InlineData(7, "Critical")]
    [InlineData(14, "Critical")]
    [InlineData(15, "Signature")]
    [InlineData(30, "Signature")]
    [InlineData(31, "Finalize")]
    [InlineData(60, "Finalize")]
    [InlineData(61, "Negotiate")]
    [InlineData(90, "Negotiate")]
    [InlineData(91, "Engage")]
    [InlineData(120, "Engage")]
    [InlineData(121, "Prepare")]
    [InlineData(180, "Prepare")]
    [InlineData(181, "Monitor")]
    public async Task Renewal_stage_follows_the_documented_day_boundaries(int daysUntilRenewal, string stage)
    {
        var stageOf = await ScalarAsync<string>(
            "SELECT calculate_renewal_stage(DATE '2026-01-01' + @days, DATE '2026-01-01')", ("days", daysUntilRenewal));

        stageOf.Should().Be(stage);
    }

    [Theory]
    [InlineData(100_000, 49, "invest")]
    [InlineData(99_999, 49, "manage")]
    [InlineData(500_000, 74, "manage")]
    [InlineData(50_000, 75, "expand")]
    [InlineData(49_999, 90, "monitor")]
    [InlineData(20_000, 60, "monitor")]
    public async Task Account_plan_follows_arr_and_health(int arr, int health, string plan)
    {
        var planOf = await ScalarAsync<string>("SELECT calculate_account_plan(@arr::numeric, @health)", ("arr", arr), ("health", health));

        planOf.Should().Be(plan);
    }

    [Fact]
    public async Task Customers_get_their_plan_and_stage_on_every_write()
    {
        var organization = await NewOrganizationAsync();
        await using var db = database.CreateContext(organization);
        var customer = new Customer
        {
            OrganizationId = organization, Name = "Plan", Status = CustomerStatus.Active, Arr = 300_000, HealthScore = 30,
            RenewalDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();

        var stored = await db.Customers.AsNoTracking().Where(c => c.Id == customer.Id).Select(c => new { c.AccountPlan, c.RenewalStage }).SingleAsync();
        stored.AccountPlan.Should().Be(AccountPlan.Invest);
        stored.RenewalStage.Should().Be("Critical");

        await db.Customers.Where(c => c.Id == customer.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.HealthScore, 90));
        (await db.Customers.AsNoTracking().Where(c => c.Id == customer.Id).Select(c => c.AccountPlan).SingleAsync()).Should().Be(AccountPlan.Expand);
    }

    [Fact]
    public async Task Workflow_config_changes_are_versioned_automatically()
    {
        var organization = await NewOrganizationAsync();
        await using var db = database.CreateContext(organization);
        var workflow = new Workflow { OrganizationId = organization, WorkflowKey = "custom", Name = "Custom", Config = JsonDocument.Parse("""{"steps":[1]}""") };
        db.Workflows.Add(workflow);
        await db.SaveChangesAsync();

        await db.Workflows.Where(w => w.Id == workflow.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "Renamed"));
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE workflows SET config = '{{\"steps\":[1,2]}}' WHERE id = {workflow.Id}");
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE workflows SET config = '{{\"steps\":[1,2]}}' WHERE id = {workflow.Id}");

        var versions = await db.WorkflowVersions.Where(v => v.WorkflowId == workflow.Id).OrderBy(v => v.Version)
            .Select(v => new { v.Version, Steps = v.Config.RootElement.GetProperty("steps").GetArrayLength(), v.ChangeDescription }).ToListAsync();
        versions.Select(v => (v.Version, v.Steps)).Should().Equal((1, 1), (2, 2));
        versions[0].ChangeDescription.Should().Be("created");
    }

    [Fact]
    public async Task Updated_at_is_maintained_by_the_database()
    {
        var organization = await NewOrganizationAsync();
        await using var db = database.CreateContext(organization);
        var customer = new Customer { OrganizationId = organization, Name = "Clock", Status = CustomerStatus.Active };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        var before = await db.Customers.AsNoTracking().Where(c => c.Id == customer.Id).Select(c => c.UpdatedAt).SingleAsync();

        await Task.Delay(20);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE customers SET industry = 'Retail' WHERE id = {customer.Id}");

        (await db.Customers.AsNoTracking().Where(c => c.Id == customer.Id).Select(c => c.UpdatedAt).SingleAsync()).Should().BeAfter(before);
    }

    [Fact]
    public async Task Playbook_analytics_functions_report_on_real_executions()
    {
        var organization = await NewOrganizationAsync();
        await using var db = database.CreateContext(organization);
        var agent = Guid.NewGuid();
        var playbook = NewPlaybook(organization, "analytics", agent);
        db.Playbooks.Add(playbook);
        await db.SaveChangesAsync();
        var start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        db.PlaybookExecutions.AddRange(
            NewExecution(playbook, PlaybookExecutionStatus.Completed, start, start.AddSeconds(10), completedSteps: 3),
            NewExecution(playbook, PlaybookExecutionStatus.Completed, start.AddDays(1), start.AddDays(1).AddSeconds(20), completedSteps: 3),
            NewExecution(playbook, PlaybookExecutionStatus.Failed, start.AddDays(2), start.AddDays(2).AddSeconds(5), completedSteps: 1),
            NewExecution(playbook, PlaybookExecutionStatus.Running, start.AddDays(3), null, completedSteps: 2, currentStep: playbook.Steps[2]));
        await db.SaveChangesAsync();

        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        await using (var summary = new NpgsqlCommand("SELECT * FROM get_playbook_execution_summary(@id)", connection))
        {
            summary.Parameters.AddWithValue("id", playbook.Id);
            await using var row = await summary.ExecuteReaderAsync();
            (await row.ReadAsync()).Should().BeTrue();
            row.GetInt64(0).Should().Be(4);
            row.GetInt64(1).Should().Be(2);
            row.GetInt64(2).Should().Be(1);
            row.GetInt64(3).Should().Be(1);
            row.GetDecimal(4).Should().Be(15_000m);
            row.GetFieldValue<DateTime>(5).Should().Be(start.AddDays(3).UtcDateTime);
            row.GetDecimal(6).Should().Be(66.67m);
        }
        await using (var active = new NpgsqlCommand("SELECT name, total_steps, execution_count FROM get_active_playbooks(@agent)", connection))
        {
            active.Parameters.AddWithValue("agent", agent);
            await using var row = await active.ExecuteReaderAsync();
            (await row.ReadAsync()).Should().BeTrue();
            (row.GetString(0), row.GetInt64(1), row.GetInt64(2)).Should().Be(("analytics", 3L, 4L));
            (await row.ReadAsync()).Should().BeFalse();
        }
        var running = await db.PlaybookExecutions.SingleAsync(e => e.Status == PlaybookExecutionStatus.Running);
        await using (var progress = new NpgsqlCommand("SELECT status, progress_percentage, current_step_name, completed_steps, total_steps, elapsed_time_ms FROM get_execution_progress(@id)", connection))
        {
            progress.Parameters.AddWithValue("id", running.Id);
            await using var row = await progress.ExecuteReaderAsync();
            (await row.ReadAsync()).Should().BeTrue();
            row.GetString(0).Should().Be("running");
            row.GetDecimal(1).Should().Be(66.67m);
            row.GetString(2).Should().Be("Step 3");
            (row.GetInt32(3), row.GetInt32(4)).Should().Be((2, 3));
            row.GetInt64(5).Should().BeGreaterThan(0);
        }
        var durations = await db.PlaybookExecutions.Where(e => e.PlaybookId == playbook.Id).OrderBy(e => e.StartedAt).Select(e => e.DurationMs).ToListAsync();
        durations.Should().Equal(10_000, 20_000, 5_000, null);
    }

    [Fact]
    public async Task Deleting_an_execution_deletes_its_report_and_step_results()
    {
        var organization = await NewOrganizationAsync();
        await using var db = database.CreateContext(organization);
        var playbook = NewPlaybook(organization, "cascade", null);
        db.Playbooks.Add(playbook);
        await db.SaveChangesAsync();
        var execution = NewExecution(playbook, PlaybookExecutionStatus.Completed, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow, 3);
        db.PlaybookExecutions.Add(execution);
        db.PlaybookStepResults.Add(new PlaybookStepResult
        {
            OrganizationId = organization, Execution = execution, StepId = playbook.Steps[0].Id, Status = StepResultStatus.Completed,
            AttemptNumber = 1, InputData = JsonDocument.Parse("{}"), OutputData = JsonDocument.Parse("{}"),
        });
        db.PlaybookReports.Add(new PlaybookReport
        {
            OrganizationId = organization, Execution = execution, PlaybookId = playbook.Id, PlaybookKey = playbook.Key,
            PlaybookName = playbook.Name, Status = ReportStatus.Completed, ReportData = JsonDocument.Parse("""{"executiveSummary":"ok"}"""),
            StartedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();

        await db.PlaybookExecutions.Where(e => e.Id == execution.Id).ExecuteDeleteAsync();

        (await db.PlaybookReports.CountAsync(r => r.ExecutionId == execution.Id)).Should().Be(0);
        (await db.PlaybookStepResults.CountAsync(r => r.ExecutionId == execution.Id)).Should().Be(0);
    }

    [Fact]
    public async Task Chat_message_roles_and_sequence_numbers_are_checked()
    {
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT pg_get_constraintdef(oid) FROM pg_constraint
             WHERE conrelid = 'workflow_chat_messages'::regclass AND contype = 'c'
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE tablename = 'workflow_chat_messages'
            """, connection);
        var definitions = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                definitions.Add(reader.GetString(0));
            }
        }

        definitions.Should().Contain(d => d.Contains("'user'") && d.Contains("'assistant'") && d.Contains("'system'"));
        definitions.Should().Contain(d => d.StartsWith("CREATE UNIQUE INDEX") && d.EndsWith("(thread_id, sequence_number)"));
    }

    private async Task<Guid> NewOrganizationAsync()
    {
        await using var system = database.CreateSystemContext();
        var organization = new Organization { Name = "Org " + Guid.NewGuid(), Slug = Guid.NewGuid().ToString("N") };
        system.Organizations.Add(organization);
        await system.SaveChangesAsync();
        return organization.Id;
    }

    private static Playbook NewPlaybook(Guid organization, string name, Guid? agent)
    {
        var playbook = new Playbook
        {
            OrganizationId = organization, Key = name, Name = name, Status = PlaybookStatus.Active, AgentId = agent,
            InputSchema = JsonDocument.Parse("{}"), OutputSchema = JsonDocument.Parse("{}"),
        };
        for (var i = 1; i <= 3; i++)
        {
            playbook.Steps.Add(new PlaybookStep
            {
                OrganizationId = organization, StepKey = $"step-{i}", StepName = $"Step {i}", StepOrder = i,
                StepType = PlaybookStepType.AgentExecution, Config = JsonDocument.Parse("{}"), InputSchema = JsonDocument.Parse("{}"),
                OutputSchema = JsonDocument.Parse("{}"), InputMapping = JsonDocument.Parse("{}"),
            });
        }
        return playbook;
    }

    private static PlaybookExecution NewExecution(Playbook playbook, PlaybookExecutionStatus status, DateTimeOffset started,
        DateTimeOffset? completed, int completedSteps, PlaybookStep? currentStep = null) => new()
    {
        OrganizationId = playbook.OrganizationId, PlaybookId = playbook.Id, Status = status, TriggerSource = TriggerSource.Manual,
        InputData = JsonDocument.Parse("{}"), OutputData = JsonDocument.Parse("{}"), StartedAt = started, CompletedAt = completed,
        CompletedSteps = completedSteps, TotalSteps = 3, CurrentStepId = currentStep?.Id,
    };

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
