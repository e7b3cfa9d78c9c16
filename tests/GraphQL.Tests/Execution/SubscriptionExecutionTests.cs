using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>§6.2.3 Subscription: a source stream from the root field, one execution per event, cancellation and disposal.</summary>
public sealed class SubscriptionExecutionTests
{
    [Fact]
    public async Task Each_event_is_executed_with_the_selection_set()
    {
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("petAdded")!.Resolve(_ => Events<object>(Pets.Rex, Pets.Tom));

        var subscription = await Subscribe(schema, "subscription { petAdded { __typename name } }");
        var results = await ReadAll(subscription);

        results.Select(result => result.ToJson()).Should().Equal(
            """{"data":{"petAdded":{"__typename":"Dog","name":"Rex"}}}""",
            """{"data":{"petAdded":{"__typename":"Cat","name":"Tom"}}}""");
    }

    [Fact]
    public async Task The_root_field_arguments_reach_the_source_stream_resolver()
    {
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("petAdded")!.Resolve(context =>
            context.ArgumentValue<string>("kind") == "CAT" ? Events(Pets.Tom) : Events(Pets.Rex));

        var results = await ReadAll(await Subscribe(schema, "subscription($kind: PetKind) { petAdded(kind: $kind) { name } }", """{ "kind": "CAT" }"""));

        results.Single().ShouldBeJson("""{ "data": { "petAdded": { "name": "Tom" } } }""");
    }

    [Fact]
    public async Task Typename_on_the_subscription_root_is_answered_by_the_executor_but_rejected_by_validation()
    {
        const string Query = "subscription { alienSighted { name } __typename }";
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("alienSighted")!.Resolve(_ => Events(Pets.Zork));

        var results = await ReadAll(await Subscribe(schema, Query, options: ExecutionTestKit.Unvalidated));
        var validated = (ExecutionResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = Query });

        results.Single().ShouldBeJson("""{ "data": { "alienSighted": { "name": "Zork" }, "__typename": "Subscription" } }""");
        validated.Errors.Select(error => error.Message).Should().Contain("Anonymous Subscription must not select an introspection top level field.");
    }

    [Fact]
    public async Task Typename_inside_an_event_works()
    {
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("alienSighted")!.Resolve(_ => Events(Pets.Zork));

        var results = await ReadAll(await Subscribe(schema, "subscription { alienSighted { __typename name } }"));

        results.Single().ShouldBeJson("""{ "data": { "alienSighted": { "__typename": "Alien", "name": "Zork" } } }""");
    }

    [Fact]
    public async Task A_separate_subscribe_resolver_gives_the_stream_and_the_pipeline_maps_each_event()
    {
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("humanChanged")!
            .Subscribe(_ => new ValueTask<object?>(Events("h1", "h2")))
            .Resolve(context => new Human((string)context.Parent!, "Human " + context.Parent, 100));

        var results = await ReadAll(await Subscribe(schema, "subscription { humanChanged(id: 1) { id name } }"));

        results.Select(result => result.ToJson()).Should().Equal(
            """{"data":{"humanChanged":{"id":"h1","name":"Human h1"}}}""",
            """{"data":{"humanChanged":{"id":"h2","name":"Human h2"}}}""");
    }

    [Fact]
    public async Task Value_type_events_are_supported()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Subscription { ticks: Int! }");
        schema.SubscriptionType!.GetField("ticks")!.Resolve(_ => Events(1, 2, 3));

        var results = await ReadAll(await Subscribe(schema, "subscription { ticks }"));

        results.Select(result => result.ToJson()).Should().Equal("""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}""", """{"data":{"ticks":3}}""");
    }

    [Fact]
    public async Task Field_errors_of_an_event_stay_in_that_event()
    {
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("petAdded")!.Resolve(_ => Events<object>(Pets.Rex, Pets.Tom));
        NullPropagationTests.Field(schema, "Dog", "nickname").Resolve(_ => throw new GraphQLException("no nickname"));

        var results = await ReadAll(await Subscribe(schema, "subscription { petAdded { name nickname } }"));

        results[0].Errors.Single().Path.Should().Equal("petAdded", "nickname");
        results[1].ShouldBeJson("""{ "data": { "petAdded": { "name": "Tom", "nickname": null } } }""");
    }

    [Fact]
    public async Task Stopping_the_reader_disposes_the_source_stream()
    {
        var source = new TrackedSource();
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("alienSighted")!.Resolve(_ => source.Read());

        var subscription = await Subscribe(schema, "subscription { alienSighted { name } }");
        await foreach (var result in subscription.ReadResultsAsync())
        {
            result.ShouldBeJson("""{ "data": { "alienSighted": { "name": "Zork" } } }""");
            break;
        }

        source.Disposed.Should().BeTrue();
    }

    [Fact]
    public async Task Cancelling_the_reader_ends_the_stream_and_disposes_the_source()
    {
        var source = new TrackedSource();
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("alienSighted")!.Resolve(_ => source.Read());
        using var cancellation = new CancellationTokenSource();

        var subscription = await Subscribe(schema, "subscription { alienSighted { name } }");
        var count = 0;
        await foreach (var result in subscription.ReadResultsAsync(cancellation.Token))
        {
            count++;
            await cancellation.CancelAsync();
        }

        count.Should().Be(1);
        source.Disposed.Should().BeTrue();
    }

    [Fact]
    public async Task Disposing_the_subscription_ends_a_waiting_reader()
    {
        var channel = Channel.CreateUnbounded<object?>();
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("alienSighted")!.Resolve(context => channel.Reader.ReadAllAsync(context.RequestAborted));

        var subscription = await Subscribe(schema, "subscription { alienSighted { name } }");
        var reading = ReadAll(subscription);
        await channel.Writer.WriteAsync(Pets.Zork);
        await Task.Delay(50);
        await subscription.DisposeAsync();

        (await reading.WaitAsync(TimeSpan.FromSeconds(10))).Should().ContainSingle();
    }

    [Fact]
    public async Task A_request_cancelled_before_reading_ends_the_stream()
    {
        var channel = Channel.CreateUnbounded<object?>();
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("alienSighted")!.Resolve(_ => channel.Reader.ReadAllAsync());
        using var cancellation = new CancellationTokenSource();

        var subscription = (SubscriptionResult)await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest { Query = "subscription { alienSighted { name } }", CancellationToken = cancellation.Token });
        await cancellation.CancelAsync();

        (await ReadAll(subscription).WaitAsync(TimeSpan.FromSeconds(10))).Should().BeEmpty();
    }

    [Fact]
    public async Task A_source_stream_that_fails_ends_with_an_error_result()
    {
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("alienSighted")!.Resolve(_ => FailAfterOne());

        var results = await ReadAll(await Subscribe(schema, "subscription { alienSighted { name } }"));

        results.Should().HaveCount(2);
        results[1].ShouldBeJson(
            """
            { "errors": [ { "message": "the bus is gone", "locations": [ { "line": 1, "column": 16 } ], "path": [ "alienSighted" ] } ] }
            """);

        static async IAsyncEnumerable<object> FailAfterOne()
        {
            yield return Pets.Zork;
            await Task.Yield();
            throw new GraphQLException("the bus is gone");
        }
    }

    [Fact]
    public async Task A_field_that_returns_no_stream_is_a_request_error()
    {
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("alienSighted")!.Resolve(_ => Pets.Zork);

        var result = (ExecutionResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "subscription { alienSighted { name } }" });

        result.HasData.Should().BeFalse();
        result.Errors.Single().Message.Should().StartWith("Subscription field must return AsyncIterable. Received:");
    }

    [Fact]
    public async Task A_failing_subscribe_resolver_is_a_request_error()
    {
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("alienSighted")!.Resolve(_ => throw new GraphQLException("not allowed", "FORBIDDEN"));

        var result = (ExecutionResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "subscription { alienSighted { name } }" });

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "not allowed", "locations": [ { "line": 1, "column": 16 } ], "path": [ "alienSighted" ], "extensions": { "code": "FORBIDDEN" } } ] }
            """);
    }

    [Fact]
    public async Task The_results_can_be_read_once()
    {
        var schema = TestSchema.Build();
        schema.SubscriptionType!.GetField("alienSighted")!.Resolve(_ => Events(Pets.Zork));
        var subscription = await Subscribe(schema, "subscription { alienSighted { name } }");

        _ = subscription.ReadResultsAsync();

        subscription.Invoking(s => s.ReadResultsAsync()).Should().Throw<InvalidOperationException>();
    }

    private static async Task<SubscriptionResult> Subscribe(Schema schema, string query, string? variables = null, ExecutionOptions? options = null)
    {
        var result = await new RequestExecutor(schema, options).ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : ExecutionTestKit.Variables(variables),
        });
        return result.Should().BeOfType<SubscriptionResult>().Subject;
    }

    private static async Task<List<ExecutionResult>> ReadAll(SubscriptionResult subscription)
    {
        var results = new List<ExecutionResult>();
        await foreach (var result in subscription.ReadResultsAsync())
        {
            results.Add(result);
        }

        return results;
    }

    private static async IAsyncEnumerable<T> Events<T>(params T[] events)
    {
        foreach (var value in events)
        {
            await Task.Yield();
            yield return value;
        }
    }

    /// <summary>An endless source that records its disposal.</summary>
    private sealed class TrackedSource
    {
        public bool Disposed { get; private set; }

        public async IAsyncEnumerable<Alien> Read([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                while (true)
                {
                    await Task.Yield();
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return Pets.Zork;
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
