using GraphQL.Execution;
using System.Collections.Concurrent;

namespace GraphQL.Tests.Execution;

/// <summary>§6.3.1 Normal evaluation: independent asynchronous fields run concurrently; synchronous ones complete in order.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Asynchronous_sibling_fields_run_concurrently()
    {
        // Each resolver waits for the other to start: run one after another, they would never finish.
        var bothStarted = new CountdownEvent(2);
        var schema = TestSchema.Build();
        schema.QueryType.GetField("homepage")!.Resolve(async _ => await Rendezvous(bothStarted, "home"));
        schema.QueryType.GetField("secret")!.Resolve(async _ => await Rendezvous(bothStarted, "secret"));

        var result = await schema.ExecuteAsync("{ homepage secret }").WaitAsync(TimeSpan.FromSeconds(10));

        result.ShouldBeJson("""{ "data": { "homepage": "home", "secret": "secret" } }""");
    }

    [Fact]
    public async Task Asynchronous_list_items_run_concurrently()
    {
        var allStarted = new CountdownEvent(3);
        var schema = Pets.CreateSchema();
        NullPropagationTests.Field(schema, "Dog", "nickname").Resolve(async context => await Rendezvous(allStarted, context.Parent<Dog>().Name));
        NullPropagationTests.Field(schema, "Cat", "nickname").Resolve(async context => await Rendezvous(allStarted, context.Parent<Cat>().Name));

        var result = await schema.ExecuteAsync("{ pets { nickname } }").WaitAsync(TimeSpan.FromSeconds(10));

        result.ShouldBeJson("""{ "data": { "pets": [ { "nickname": "Rex" }, { "nickname": "Tom" }, { "nickname": "Fido" } ] } }""");
    }

    [Fact]
    public async Task Synchronous_resolvers_run_in_selection_order_on_the_calling_thread()
    {
        var order = new ConcurrentQueue<string>();
        var thread = Environment.CurrentManagedThreadId;
        var threads = new ConcurrentBag<int>();
        var schema = Pets.CreateSchema();
        NullPropagationTests.Field(schema, "Dog", "nickname").Resolve(context =>
        {
            order.Enqueue(context.Path.ToString());
            threads.Add(Environment.CurrentManagedThreadId);
            return "n";
        });

        var execution = schema.ExecuteAsync("{ a: dog { nickname } pets { nickname } b: dog { nickname } }");

        execution.IsCompleted.Should().BeTrue("a request whose resolvers are all synchronous completes synchronously");
        (await execution).Errors.Should().BeEmpty();
        order.Should().Equal("a.nickname", "pets[0].nickname", "pets[2].nickname", "b.nickname");
        threads.Should().OnlyContain(id => id == thread);
    }

    private static async Task<object?> Rendezvous(CountdownEvent started, string value)
    {
        started.Signal();
        await Task.Run(() => started.Wait(TimeSpan.FromSeconds(5)));
        return started.IsSet ? value : throw new TimeoutException("The sibling never started.");
    }
}
