using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Playbooks.Data.Entities;
using Playbooks.Data.Seeding;
using Playbooks.Testing;

namespace Playbooks.Data.Tests;

public sealed class SeedLoaderTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly string Seeds = Path.Combine(TestEnvironment.RepositoryRoot, "seeds");
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public async Task Demo_seed_loads_and_a_second_load_changes_nothing()
    {
        var loader = new SeedLoader(database.Options, NullLogger<SeedLoader>.Instance);

        var first = await loader.LoadAsync(Seeds, Today);
        first.Errors.Should().BeEmpty();
        first.Succeeded.Should().BeTrue();
        var before = await SnapshotAsync();
        var second = await loader.LoadAsync(Seeds, Today);
        var after = await SnapshotAsync();

        second.Summary.Should().Be("seed: 0 row(s) inserted, 0 row(s) updated");
        after.Should().Equal(before);

        await using var db = database.CreateSystemContext();
        (await db.Organizations.Select(o => o.Name).OrderBy(n => n).ToListAsync()).Should().Equal("Acme Success Team", "Globex Customer Success");
        (await db.Workflows.Where(w => w.IsCore && w.OrganizationId == null).Select(w => w.WorkflowKey).OrderBy(k => k).ToListAsync())
            .Should().Equal("critical", "emergency", "overdue");
        (await db.WorkflowVersions.CountAsync()).Should().Be(3, "each core workflow has exactly its first version");
        (await db.SavedActions.Select(a => a.ActionType).Distinct().CountAsync()).Should().Be(6);
        (await db.WorkflowChatBranches.Select(b => b.BranchType).Distinct().CountAsync()).Should().Be(4);
        foreach (var slug in new[] { "acme", "globex" })
        {
            var organization = await db.Organizations.SingleAsync(o => o.Slug == slug);
            (await db.Users.Where(u => u.OrganizationId == organization.Id).Select(u => u.Role).Distinct().CountAsync()).Should().Be(3);
            (await db.Playbooks.Where(p => p.OrganizationId == organization.Id).Select(p => p.Key).OrderBy(k => k).ToListAsync())
                .Should().Equal("activation-blitz", "expansion-timing", "renewal-safeguard", "sla-stabilizer", "voc-sprint");
            (await db.PlaybookExecutions.Where(e => e.OrganizationId == organization.Id).Select(e => e.Status).Distinct().CountAsync())
                .Should().BeGreaterThanOrEqualTo(3);
        }
        (await db.Customers.CountAsync()).Should().BeGreaterThanOrEqualTo(25);
        (await db.PlaybookSteps.Select(s => s.StepType).Distinct().CountAsync()).Should().Be(10);
        (await db.Customers.Select(c => c.RenewalStage).Distinct().CountAsync()).Should().Be(9, "the demo covers every renewal stage");
        (await db.PlaybookReports.CountAsync()).Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Demo_users_sign_in_with_the_demo_password()
    {
        await new SeedLoader(database.Options, NullLogger<SeedLoader>.Instance).LoadAsync(Seeds, Today);
        await using var db = database.CreateSystemContext();
        var admin = await db.Users.SingleAsync(u => u.Email == "admin@acme.test");

        var verdict = new Microsoft.AspNetCore.Identity.PasswordHasher<User>().VerifyHashedPassword(admin, admin.PasswordHash, SeedWriter.DemoPassword);

        verdict.Should().Be(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success);
        admin.Role.Should().Be(UserRole.Admin);
    }

    /// <summary>A digest of every row of every table (updated_at included, so any UPDATE shows).</summary>
    private async Task<Dictionary<string, string>> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var digests = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var digest = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            digests[table] = (string)(await digest.ExecuteScalarAsync())!;
        }
        return digests;
    }
}

/// <summary>Broken seed files are rejected with the file, the JSON path and the reason, and nothing is written.</summary>
public sealed class SeedRejectionTests(TestDatabase database) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly string _seeds = CopySeeds();

    [Fact]
    public async Task A_dangling_step_reference_is_rejected_with_its_path_and_nothing_is_written()
    {
        Edit("playbooks/voc-sprint.json", root => root["steps"]![1]!["onSuccess"] = "no-such-step");

        var result = await LoadAsync();

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.ToString().Should()
            .Be("seeds/playbooks/voc-sprint.json: $.steps[1].onSuccess: step \"no-such-step\" does not exist");
        await using var db = database.CreateSystemContext();
        (await db.Organizations.CountAsync()).Should().Be(0);
        (await db.SavedActions.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Unbalanced_handlebars_in_a_notification_is_rejected()
    {
        Edit("workflows/critical.json", root => root["config"]!["notifications"]![0]!["message"] = "{{#if (gte workflow.renewalARR 1)}}high value");

        var result = await LoadAsync();

        result.Errors.Should().ContainSingle().Which.ToString().Should()
            .Be("seeds/workflows/critical.json: $.config.notifications[0].message: Handlebars block {{#if}} is never closed");
    }

    [Fact]
    public async Task Ui_artifacts_in_a_workflow_config_are_rejected()
    {
        Edit("workflows/emergency.json", root => root["config"]!["steps"]![0]!["ui"] = new JsonObject { ["cardTitle"] = "x" });

        var result = await LoadAsync();

        result.Errors.Select(e => e.JsonPath).Should().Equal("$.config.steps[0].ui", "$.config.steps[0].ui.cardTitle");
    }

    [Fact]
    public async Task Unknown_enum_values_and_properties_are_rejected()
    {
        Edit("saved-actions.json", root => root[0]!["actionType"] = "teleport");
        Edit("organizations/globex.json", root => root["users"]![0]!["favouriteColour"] = "blue");

        var result = await LoadAsync();

        result.Errors.Should().ContainSingle().Which.Should().Match<SeedError>(e =>
            e.File == "seeds/organizations/globex.json" && e.JsonPath.StartsWith("$.users[0]") && e.Reason.Contains("favouriteColour"));
        Edit("organizations/globex.json", root => root["users"]![0]!.AsObject().Remove("favouriteColour"));
        (await LoadAsync()).Errors.Should().ContainSingle().Which.ToString().Should()
            .StartWith("seeds/saved-actions.json: $[0].actionType: \"teleport\" is not one of: snooze, skip, escalation");
    }

    [Fact]
    public async Task Malformed_json_is_rejected_with_its_line()
    {
        File.WriteAllText(Path.Combine(_seeds, "playbooks", "broken.json"), "{\n  \"key\": \"x\",\n  oops\n}");

        var result = await LoadAsync();

        result.Errors.Should().ContainSingle().Which.Should().Match<SeedError>(e => e.File == "seeds/playbooks/broken.json" && e.Reason.Contains("(line 3)"));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_seeds)!, recursive: true);

    private Task<SeedResult> LoadAsync() => new SeedLoader(database.Options, NullLogger<SeedLoader>.Instance).LoadAsync(_seeds);

    private void Edit(string file, Action<JsonNode> edit)
    {
        var path = Path.Combine(_seeds, file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        edit(root);
        File.WriteAllText(path, root.ToJsonString());
    }

    private static string CopySeeds()
    {
        var target = Path.Combine(Path.GetTempPath(), "seeds-" + Guid.NewGuid().ToString("N"), "seeds");
        var source = Path.Combine(TestEnvironment.RepositoryRoot, "seeds");
        foreach (var file in Directory.GetFiles(source, "*.json", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}
