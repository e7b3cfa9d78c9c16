using GraphQL.Execution;
using System.Collections.Concurrent;

namespace GraphQL.Tests.Execution;

/// <summary>§6.2.2 Mutation: root fields run one after another, each finished (sub-selection included) before the next starts.</summary>
public sealed class MutationExecutionTests
{
    [Fact]
    public async Task Root_fields_run_serially_even_when_the_first_is_slower()
    {
        var log = new ConcurrentQueue<string>();
        var schema = TestSchema.Build();
        schema.MutationType!.GetField("removePet")!.Resolve(async context =>
        {
            var id = context.ArgumentValue<string>("id");
            log.Enqueue("start " + id);
            await Task.Delay(id == "1" ? 60 : 1);
            log.Enqueue("end " + id);
            return true;
        });

        var result = await schema.ExecuteAsync("mutation { a: removePet(id: 1) b: removePet(id: 2) c: removePet(id: 3) }");

        result.ShouldBeJson("""{ "data": { "a": true, "b": true, "c": true } }""");
        log.Should().Equal("start 1", "end 1", "start 2", "end 2", "start 3", "end 3");
    }

    [Fact]
    public async Task A_mutation_field_completes_its_sub_selection_before_the_next_field_runs()
    {
        var log = new ConcurrentQueue<string>();
        var schema = TestSchema.Build();
        schema.MutationType!.GetField("teachCommand")!.Resolve(context =>
        {
            log.Enqueue("teach " + context.ArgumentValue<string>("dogId"));
            return new Dictionary<string, object?> { ["id"] = context.ArgumentValue<string>("dogId") };
        });
        NullPropagationTests.Field(schema, "Dog", "name").Resolve(async context =>
        {
            await Task.Delay(20);
            var id = (string)((IReadOnlyDictionary<string, object?>)context.Parent!)["id"]!;
            log.Enqueue("name " + id);
            return "Dog " + id;
        });

        var result = await schema.ExecuteAsync("mutation { first: teachCommand(dogId: 1, command: SIT) { name } second: teachCommand(dogId: 2, command: SIT) { name } }");

        result.ShouldBeJson("""{ "data": { "first": { "name": "Dog 1" }, "second": { "name": "Dog 2" } } }""");
        log.Should().Equal("teach 1", "name 1", "teach 2", "name 2");
    }

    [Fact]
    public async Task A_failing_non_null_mutation_field_stops_the_later_ones()
    {
        var calls = new ConcurrentQueue<string>();
        var schema = TestSchema.Build();
        schema.MutationType!.GetField("removePet")!.Resolve(context =>
        {
            var id = context.ArgumentValue<string>("id");
            calls.Enqueue(id);
            return id == "2" ? throw new GraphQLException("cannot remove") : true;
        });

        var result = await schema.ExecuteAsync("mutation { a: removePet(id: 1) b: removePet(id: 2) c: removePet(id: 3) }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "cannot remove", "locations": [ { "line": 1, "column": 32 } ], "path": [ "b" ] } ], "data": null }
            """);
        calls.Should().Equal("1", "2");
    }
}
