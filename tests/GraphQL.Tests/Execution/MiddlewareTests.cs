using System.Collections.Concurrent;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>Field middleware: the guaranteed stage order, composition once, short-circuits and result transforms.</summary>
public sealed class MiddlewareTests
{
    [Fact]
    public async Task Stages_run_in_the_guaranteed_order_whatever_the_order_of_registration()
    {
        var log = new ConcurrentQueue<string>();
        var schema = SchemaBuilder.FromSdl("type Query { items: String }");
        var field = schema.QueryType.GetField("items")!;
        field.Resolve(_ =>
        {
            log.Enqueue("resolver");
            return "value";
        });
        field.Use(Logging(log, "custom"));
        field.Use(MiddlewareStage.Authorization, Logging(log, "authorization"));
        field.Use(MiddlewareStage.Sorting, Logging(log, "sorting"));
        field.Use(MiddlewareStage.Paging, Logging(log, "paging"));
        field.Use(MiddlewareStage.Filtering, Logging(log, "filtering"));
        field.Use(MiddlewareStage.Projection, Logging(log, "projection"));
        field.Use(MiddlewareStage.Paging, Logging(log, "paging 2"));

        var result = await schema.ExecuteAsync("{ items }");

        result.ShouldBeJson("""{ "data": { "items": "value" } }""");
        log.Should().Equal(
            "paging >", "paging 2 >", "projection >", "filtering >", "sorting >", "authorization >", "custom >",
            "resolver",
            "custom <", "authorization <", "sorting <", "filtering <", "projection <", "paging 2 <", "paging <");
        field.GetMiddleware().Should().HaveCount(7);
        field.GetResolver().Should().NotBeNull();
    }

    [Fact]
    public async Task The_pipeline_is_composed_once()
    {
        var compositions = 0;
        var schema = SchemaBuilder.FromSdl("type Query { value: String }");
        schema.QueryType.GetField("value")!
            .Use(next =>
            {
                Interlocked.Increment(ref compositions);
                return next;
            })
            .Resolve(_ => "v");
        var executor = new RequestExecutor(schema);

        for (var i = 0; i < 3; i++)
        {
            await executor.ExecuteAsync("{ value }");
            await executor.ExecuteAsync("{ other: value }");
        }

        compositions.Should().Be(1);
    }

    [Fact]
    public async Task A_middleware_transforms_the_result_of_the_resolver()
    {
        var schema = SchemaBuilder.FromSdl("type Query { name: String }");
        schema.QueryType.GetField("name")!
            .Resolve(async _ =>
            {
                await Task.Yield();
                return "rex";
            })
            .Use(next => async context =>
            {
                await next(context);
                context.Result = ((string?)context.Result)?.ToUpperInvariant();
            });

        var result = await schema.ExecuteAsync("{ name }");

        result.ShouldBeJson("""{ "data": { "name": "REX" } }""");
    }

    [Fact]
    public async Task A_middleware_may_short_circuit_the_resolver()
    {
        var resolved = false;
        var schema = SchemaBuilder.FromSdl("type Query { secret: String }");
        schema.QueryType.GetField("secret")!
            .Resolve(_ =>
            {
                resolved = true;
                return "classified";
            })
            .Use(MiddlewareStage.Authorization, _ => _ => throw new GraphQLException("Not authorized.", "FORBIDDEN"));

        var result = await schema.ExecuteAsync("{ secret }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Not authorized.", "locations": [ { "line": 1, "column": 3 } ], "path": [ "secret" ], "extensions": { "code": "FORBIDDEN" } } ],
              "data": { "secret": null } }
            """);
        resolved.Should().BeFalse();
    }

    [Fact]
    public async Task Middleware_without_a_resolver_wraps_the_default_resolver()
    {
        var schema = SchemaBuilder.FromSdl("type Query { name: String }");
        schema.QueryType.GetField("name")!.Use(next => async context =>
        {
            await next(context);
            context.Result += "!";
        });

        var result = await schema.ExecuteAsync("{ name }", root: new Dictionary<string, object?> { ["name"] = "Rex" });

        result.ShouldBeJson("""{ "data": { "name": "Rex!" } }""");
    }

    [Fact]
    public async Task A_resolver_set_after_middleware_is_the_innermost_step()
    {
        var schema = SchemaBuilder.FromSdl("type Query { name: String }");
        var field = schema.QueryType.GetField("name")!;
        field.Use(next => async context =>
        {
            await next(context);
            context.Result = $"[{context.Result}]";
        });
        field.Resolve(_ => "first");
        field.Resolve(_ => "second");

        var result = await schema.ExecuteAsync("{ name }");

        result.ShouldBeJson("""{ "data": { "name": "[second]" } }""");
    }

    private static FieldMiddleware Logging(ConcurrentQueue<string> log, string name) => next => async context =>
    {
        log.Enqueue(name + " >");
        await next(context);
        log.Enqueue(name + " <");
    };
}
