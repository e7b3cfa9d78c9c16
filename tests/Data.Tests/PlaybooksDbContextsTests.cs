using GraphQL.Data.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Playbooks.Data.Entities;
using Playbooks.Data.Tenancy;
using Playbooks.Testing;

namespace Playbooks.Data.Tests;

/// <summary>
/// <see cref="PlaybooksDbContexts"/>: concurrent resolvers and data-loader batches each get their own context of the
/// request's tenant, so EF never sees two operations on one context, and row-level security sees the tenant.
/// </summary>
public sealed class PlaybooksDbContextsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Sdl = """
        type Query { playbooks: [Playbook!]! playbookCount: Int! tenantSetting: String }
        type Playbook { key: String! organizationName: String }
        """;

    private Guid _a;
    private Guid _b;
    private string _nameOfA = "";

    public async Task InitializeAsync()
    {
        await using var system = database.CreateSystemContext();
        var a = new Organization { Name = "A " + Guid.NewGuid(), Slug = "a-" + Guid.NewGuid().ToString("N")[..8] };
        var b = new Organization { Name = "B " + Guid.NewGuid(), Slug = "b-" + Guid.NewGuid().ToString("N")[..8] };
        system.Organizations.AddRange(a, b);
        await system.SaveChangesAsync();
        system.Playbooks.AddRange(NewPlaybook(a.Id, "a-one"), NewPlaybook(a.Id, "a-two"), NewPlaybook(b.Id, "b-one"));
        await system.SaveChangesAsync();
        (_a, _b, _nameOfA) = (a.Id, b.Id, a.Name);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Concurrent_root_fields_and_a_loader_batch_each_use_their_own_context_of_the_tenant()
    {
        await using var services = CreateServices();
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(_a);
        var schema = CreateSchema();

        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ playbooks { key organizationName } playbookCount tenantSetting }",
            Services = scope.ServiceProvider,
        });

        var json = ((ExecutionResult)result).ToJson();
        json.Should().Be(
            $$$"""{"data":{"playbooks":[{"key":"a-one","organizationName":"{{{_nameOfA}}}"},{"key":"a-two","organizationName":"{{{_nameOfA}}}"}],"playbookCount":2,"tenantSetting":"{{{_a}}}"}}""");
    }

    [Fact]
    public async Task Every_context_of_a_scope_carries_its_tenant_to_row_level_security_and_ends_with_the_scope()
    {
        await using var services = CreateServices();
        PlaybooksDbContext first;
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(_b);
            var contexts = scope.ServiceProvider.GetRequiredService<PlaybooksDbContexts>();
            first = contexts.Create();
            var second = contexts.Create();

            second.Should().NotBeSameAs(first);
            (await TenantSetting(first)).Should().Be(_b.ToString());
            (await TenantSetting(second)).Should().Be(_b.ToString());

            // The query filter is off in these services: row-level security alone admits B's rows only.
            (await first.Playbooks.Select(p => p.Key).ToListAsync()).Should().Equal("b-one");

            // The scoped context keeps working alongside.
            (await scope.ServiceProvider.GetRequiredService<PlaybooksDbContext>().Playbooks.CountAsync()).Should().Be(1);
        }

        var afterScope = () => first.Playbooks.CountAsync();
        await afterScope.Should().ThrowAsync<ObjectDisposedException>();
    }

    private ServiceProvider CreateServices() =>
        new ServiceCollection().AddPlaybooksData(new DatabaseOptions
        {
            ConnectionString = database.AppConnectionString,
            OwnerConnectionString = database.OwnerConnectionString,
            TenantQueryFilter = false,
        }).BuildServiceProvider();

    private static Schema CreateSchema()
    {
        var schema = SchemaBuilder.FromSdl(Sdl);

        // The root fields wait for each other, so their queries surely overlap.
        var bothStarted = new CountdownEvent(2);
        schema.QueryType.GetField("playbooks")!.Resolve(async context =>
        {
            await using var db = context.Service<PlaybooksDbContexts>().Create();
            await Rendezvous(bothStarted);
            return await db.Playbooks.OrderBy(p => p.Key).ToListAsync(context.RequestAborted);
        });
        schema.QueryType.GetField("playbookCount")!.Resolve(async context =>
        {
            await using var db = context.Service<PlaybooksDbContexts>().Create();
            await Rendezvous(bothStarted);
            return await db.Playbooks.CountAsync(context.RequestAborted);
        });
        schema.QueryType.GetField("tenantSetting")!.Resolve(async context =>
            await TenantSetting(context.Service<PlaybooksDbContexts>().Create()));
        ((ObjectType)schema.GetType("Playbook")!).GetField("organizationName")!.Resolve(async context =>
        {
            var contexts = context.Service<PlaybooksDbContexts>();
            var loader = context.BatchLoader<Guid, string>("organizationNames", async (ids, ct) =>
            {
                await using var db = contexts.Create();
                return await db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            });
            return await loader.LoadAsync(context.Parent<Playbook>().OrganizationId);
        });
        return schema;
    }

    private static async Task Rendezvous(CountdownEvent started)
    {
        started.Signal();
        await Task.Run(() => started.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue("both root fields run at once"));
    }

    private static async Task<string> TenantSetting(PlaybooksDbContext db) =>
        await db.Database.SqlQueryRaw<string>($"SELECT current_setting('{TenantConnectionInterceptor.SettingName}') AS \"Value\"").SingleAsync();

    private static Playbook NewPlaybook(Guid organization, string key) => new()
    {
        OrganizationId = organization,
        Key = key,
        Name = key,
        InputSchema = System.Text.Json.JsonDocument.Parse("{}"),
        OutputSchema = System.Text.Json.JsonDocument.Parse("{}"),
    };
}
