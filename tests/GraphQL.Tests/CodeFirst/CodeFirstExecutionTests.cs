using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Tests.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.CodeFirst.EndToEnd;

/// <summary>Queries, mutations and subscriptions run by <see cref="RequestExecutor"/> against a code-first schema.</summary>
public sealed class CodeFirstExecutionTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddQueryType<Query>()
        .AddMutationType<Mutation>()
        .AddSubscriptionType<Subscription>()
        .AddTypeExtension<PlaybookStats>()
        .AddInterface<INode>()
        .AddType<Customer>()
        .IsService(type => type == typeof(PlaybookStore))
        .Build();

    [Fact]
    public async Task A_query_reaches_resolvers_properties_extensions_enums_and_json()
    {
        var result = await Execute("""
            {
              playbooks(status: ACTIVE) {
                id name status tags metadata stepCount
                steps { order title }
                step(order: 2) { title }
              }
            }
            """);

        result.ShouldBeJson($$"""
            {
              "data": {
                "playbooks": [{
                  "id": "{{PlaybookStore.RenewalId}}",
                  "name": "Renewal safeguard",
                  "status": "ACTIVE",
                  "tags": ["renewal"],
                  "metadata": { "owner": "cs" },
                  "stepCount": 2,
                  "steps": [{ "order": 1, "title": "Review" }, { "order": 2, "title": "Call" }],
                  "step": { "title": "Call" }
                }]
              }
            }
            """);
    }

    [Fact]
    public async Task Variables_of_input_objects_become_records_and_enums_round_trip()
    {
        var result = await Execute(
            """
            mutation Create($input: CreatePlaybookInput!) {
              createPlaybook(input: $input) { name status tags steps { order title } }
            }
            """,
            """{ "input": { "name": "VOC sprint", "status": "IN_REVIEW", "steps": [{ "title": "Survey" }, { "title": "Report" }] } }""");

        result.ShouldBeJson("""
            {
              "data": {
                "createPlaybook": {
                  "name": "VOC sprint",
                  "status": "IN_REVIEW",
                  "tags": [],
                  "steps": [{ "order": 1, "title": "Survey" }, { "order": 2, "title": "Report" }]
                }
              }
            }
            """);
    }

    [Fact]
    public async Task Interface_values_resolve_to_the_object_type_of_their_clr_type()
    {
        var result = await Execute($$"""
            {
              a: node(id: "{{PlaybookStore.RenewalId}}") { __typename id ... on Playbook { name } }
              b: node(id: "acme") { __typename id ... on Customer { name } }
            }
            """);

        result.ShouldBeJson($$"""
            {
              "data": {
                "a": { "__typename": "Playbook", "id": "{{PlaybookStore.RenewalId}}", "name": "Renewal safeguard" },
                "b": { "__typename": "Customer", "id": "acme", "name": "Acme" }
              }
            }
            """);
    }

    [Fact]
    public async Task A_failing_resolver_is_a_field_error_and_null_propagates()
    {
        var result = await Execute("{ playbooks(status: DRAFT) { name } broken }");

        result.Errors.Should().ContainSingle().Which.Path.Should().Equal("broken");
        result.ShouldBeJson("""
            {
              "errors": [{ "message": "The store is closed.", "locations": [{ "line": 1, "column": 37 }], "path": ["broken"], "extensions": { "code": "STORE_CLOSED" } }],
              "data": null
            }
            """);
    }

    [Fact]
    public async Task Descriptions_and_deprecations_reach_introspection()
    {
        var result = await Execute("""
            {
              __type(name: "Playbook") {
                description
                fields(includeDeprecated: true) { name description isDeprecated deprecationReason }
              }
            }
            """);

        var type = JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data").GetProperty("__type");
        type.GetProperty("description").GetString().Should().Be("A versioned, multi-step workflow.");
        var legacy = type.GetProperty("fields").EnumerateArray().Single(field => field.GetProperty("name").GetString() == "legacyKey");
        legacy.GetProperty("isDeprecated").GetBoolean().Should().BeTrue();
        legacy.GetProperty("deprecationReason").GetString().Should().Be("Use id.");
        type.GetProperty("fields").EnumerateArray().Single(field => field.GetProperty("name").GetString() == "name")
            .GetProperty("description").GetString().Should().Be("Shown to customers.");
    }

    [Fact]
    public async Task A_subscription_streams_the_events_of_its_source_stream()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest
        {
            Query = $$"""subscription { stepCompleted(playbookId: "{{PlaybookStore.RenewalId}}") { order title } }""",
            Services = Services(),
        });

        var events = new List<string>();
        await foreach (var item in result.Should().BeOfType<SubscriptionResult>().Subject.ReadResultsAsync())
        {
            events.Add(item.ToJson());
        }

        events.Should().Equal(
            """{"data":{"stepCompleted":{"order":1,"title":"Review"}}}""",
            """{"data":{"stepCompleted":{"order":2,"title":"Call"}}}""");
    }

    private static async Task<ExecutionResult> Execute(string query, string? variables = null)
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : ExecutionTestKit.Variables(variables),
            Services = Services(),
        });
        return result.Should().BeOfType<ExecutionResult>().Subject;
    }

    private static ServiceProvider Services() => new ServiceCollection().AddSingleton<PlaybookStore>().BuildServiceProvider();
}

public enum PlaybookStatus
{
    Draft,
    Active,
    InReview,
}

public interface INode
{
    [ID]
    string Id { get; }
}

[GraphQLDescription("A versioned, multi-step workflow.")]
public sealed class Playbook : INode
{
    [ID]
    public required string Id { get; init; }

    [GraphQLDescription("Shown to customers.")]
    public required string Name { get; init; }

    public PlaybookStatus Status { get; init; }

    public List<string> Tags { get; init; } = [];

    public List<Step> Steps { get; init; } = [];

    public JsonDocument? Metadata { get; init; }

    [GraphQLDeprecated("Use id.")]
    public string LegacyKey => Id;

    public Step? GetStep(int order) => Steps.FirstOrDefault(step => step.Order == order);
}

public sealed record Step(int Order, string Title);

public sealed record Customer([property: ID] string Id, string Name) : INode;

public sealed record CreatePlaybookInput(string Name, PlaybookStatus Status, List<StepInput> Steps, List<string>? Tags = null);

public sealed record StepInput(string Title);

public sealed class PlaybookStore
{
    public static readonly string RenewalId = "8b5c6d1e-0000-4000-8000-000000000001";

    public List<Playbook> Playbooks { get; } =
    [
        new Playbook
        {
            Id = RenewalId,
            Name = "Renewal safeguard",
            Status = PlaybookStatus.Active,
            Tags = ["renewal"],
            Steps = [new(1, "Review"), new(2, "Call")],
            Metadata = JsonDocument.Parse("""{ "owner": "cs" }"""),
        },
    ];
}

public sealed class Query
{
    public async Task<IEnumerable<Playbook>> GetPlaybooksAsync(PlaybookStatus? status, PlaybookStore store, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return store.Playbooks.Where(playbook => status is null || playbook.Status == status);
    }

    public INode? Node([ID] string id, PlaybookStore store) =>
        store.Playbooks.FirstOrDefault(playbook => playbook.Id == id) ?? (INode)new Customer(id, "Acme");

    public string Broken() => throw new GraphQLException("The store is closed.", "STORE_CLOSED");
}

public sealed class Mutation
{
    public Playbook CreatePlaybook(CreatePlaybookInput input, PlaybookStore store)
    {
        var playbook = new Playbook
        {
            Id = Guid.NewGuid().ToString(),
            Name = input.Name,
            Status = input.Status,
            Tags = input.Tags ?? [],
            Steps = [.. input.Steps.Select((step, index) => new Step(index + 1, step.Title))],
        };
        store.Playbooks.Add(playbook);
        return playbook;
    }
}

public sealed class Subscription
{
    public async IAsyncEnumerable<Step> StepCompleted([ID] string playbookId, PlaybookStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var step in store.Playbooks.Single(playbook => playbook.Id == playbookId).Steps)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return step;
        }
    }
}

[ExtendObjectType(typeof(Playbook))]
public sealed class PlaybookStats
{
    public int StepCount(Playbook playbook) => playbook.Steps.Count;
}
