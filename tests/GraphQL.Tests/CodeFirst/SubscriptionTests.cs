using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst.Subscriptions;

/// <summary>Subscription fields: streams as source streams, and per-event resolvers with <see cref="SubscribeAttribute"/>.</summary>
public sealed class SubscriptionTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddQueryType<SubscriptionQuery>()
        .AddSubscriptionType<Subscription>()
        .Build();

    [Fact]
    public void A_stream_of_T_is_a_field_of_type_T()
    {
        Schema.SubscriptionType!.Name.Should().Be("Subscription");
        Schema.Signature("Subscription.onProgress").Should().Be("onProgress(executionId: UUID!): ProgressEvent!");
        Schema.Signature("Subscription.messages").Should().Be("messages(thread: String!): String");
        Schema.Signature("Subscription.ticks").Should().Be("ticks: Int!");
    }

    [Fact]
    public async Task The_field_resolver_returns_the_source_stream_whose_events_are_the_field_values()
    {
        var id = Guid.NewGuid();
        var stream = await Schema.ResolveAsync("Subscription.onProgress", arguments: CodeFirstTestKit.Args(("executionId", id.ToString())));
        var events = await stream.Should().BeAssignableTo<IAsyncEnumerable<ProgressEvent>>().Subject.ToListAsync();
        events.Should().Equal(new ProgressEvent(id, 50), new ProgressEvent(id, 100));
        var ticks = await Schema.ResolveAsync("Subscription.ticks");
        (await ticks.Should().BeAssignableTo<IAsyncEnumerable<int>>().Subject.ToListAsync()).Should().Equal(1, 2);
    }

    [Fact]
    public void With_Subscribe_the_named_method_is_the_source_stream_and_the_arguments_are_both_methods()
    {
        Schema.FieldNames("Subscription").Should().NotContain("executionEvents");
        Schema.Signature("Subscription.onExecution").Should().Be("onExecution(executionId: UUID!, verbose: Boolean! = false): ProgressView!");
        FieldPipeline.Find(Schema.Field("Subscription.onExecution"))!.Subscribe.Should().NotBeNull();
    }

    [Fact]
    public async Task With_Subscribe_each_event_is_resolved_with_the_event_as_parent()
    {
        var id = Guid.NewGuid();
        var field = Schema.Field("Subscription.onExecution");
        var arguments = new Dictionary<string, object?> { ["executionId"] = id, ["verbose"] = true };
        var source = await FieldPipeline.Find(field)!.Subscribe!(new TestResolverContext { Field = field, Arguments = arguments });
        var events = await source.Should().BeAssignableTo<IAsyncEnumerable<ProgressEvent>>().Subject.ToListAsync();
        var view = await field.GetResolver()!(new TestResolverContext { Field = field, Parent = events[0], Arguments = arguments });
        view.Should().Be(new ProgressView("50% (verbose)"));
    }
}

public sealed record ProgressEvent(Guid ExecutionId, int Percent);

public sealed record ProgressView(string Text);

public sealed class SubscriptionQuery
{
    public string Ping => "pong";
}

public sealed class Subscription
{
    public async IAsyncEnumerable<ProgressEvent> OnProgress(Guid executionId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var percent in (int[])[50, 100])
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ProgressEvent(executionId, percent);
        }
    }

    public IAsyncEnumerable<string?> Messages(string thread) => new[] { thread }.ToAsyncEnumerable();

    private static readonly int[] Ticks = [1, 2];

    public Task<IAsyncEnumerable<int>> TicksAsync() => Task.FromResult(Ticks.ToAsyncEnumerable());

    public IAsyncEnumerable<ProgressEvent> ExecutionEvents(Guid executionId) => OnProgress(executionId, default);

    [Subscribe(nameof(ExecutionEvents))]
    public ProgressView OnExecution([Parent] ProgressEvent progress, Guid executionId, bool verbose = false) =>
        new($"{progress.Percent}%{(verbose ? " (verbose)" : string.Empty)}");
}
