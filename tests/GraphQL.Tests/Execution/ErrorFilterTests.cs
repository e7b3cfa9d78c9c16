using System.Diagnostics;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static GraphQL.Tests.Execution.NullPropagationTests;

namespace GraphQL.Tests.Execution;

/// <summary>Error filters map field failures in one place; unexpected exceptions are logged once, with the trace id.</summary>
public sealed class ErrorFilterTests
{
    [Fact]
    public async Task A_filter_maps_an_exception_to_its_own_code_and_message()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => throw new KeyNotFoundException("No dog 7."));

        var result = await schema.ExecuteAsync("{ dog { nickname } }", options: new ExecutionOptions { ErrorFilters = [new NotFoundFilter()] });

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "No dog 7.", "locations": [ { "line": 1, "column": 9 } ], "path": [ "dog", "nickname" ],
                "extensions": { "code": "NOT_FOUND" } } ],
              "data": { "dog": { "nickname": null } } }
            """);
    }

    [Fact]
    public async Task An_unexpected_exception_is_logged_once_with_the_trace_id_and_masked_for_the_client()
    {
        var schema = Pets.CreateSchema();
        var failure = new InvalidOperationException("connection string: secret");
        Field(schema, "Dog", "nickname").Resolve(_ => throw failure);
        Field(schema, "Dog", "name").Resolve(_ => throw new KeyNotFoundException("No name."));
        using var logs = new RecordingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(logs));
        using var activity = new Activity("request").Start();

        var result = await schema.ExecuteAsync(
            "query Dogs { dog { nickname name } }",
            options: new ExecutionOptions { ErrorFilters = [new NotFoundFilter()], LoggerFactory = loggerFactory });

        result.Errors.Select(error => (error.Message, error.Code)).Should().Equal(
            ("Internal server error.", ErrorCodes.InternalServerError), ("No name.", "NOT_FOUND"));
        var entry = logs.Entries.Should().ContainSingle("the mapped error is expected, only the unexpected one is logged").Subject;
        entry.Level.Should().Be(LogLevel.Error);
        entry.Exception.Should().BeSameAs(failure);
        entry.State["TraceId"].Should().Be(activity.TraceId.ToHexString());
        entry.Message.Should().Contain("dog.nickname").And.Contain("Dogs").And.Contain(activity.TraceId.ToHexString());
    }

    [Fact]
    public async Task Filters_run_in_order_and_see_the_exception_path_and_trace_id()
    {
        var schema = Pets.CreateSchema();
        var failure = new KeyNotFoundException("No dog.");
        Field(schema, "Dog", "nickname").Resolve(_ => throw failure);
        var seen = new List<ErrorFilterContext>();
        using var activity = new Activity("request").Start();

        var result = await schema.ExecuteAsync(
            "{ dog { nickname } }",
            options: new ExecutionOptions { ErrorFilters = [new NotFoundFilter(), new RecordingFilter(seen)] });

        result.Errors.Single().Code.Should().Be("NOT_FOUND");
        var context = seen.Should().ContainSingle().Subject;
        context.Error.Code.Should().Be("NOT_FOUND", "the second filter gets what the first returned");
        context.Exception.Should().BeSameAs(failure);
        context.Path.Should().Equal("dog", "nickname");
        context.TraceId.Should().Be(activity.TraceId.ToHexString());
    }

    [Fact]
    public async Task A_GraphQLException_is_filtered_but_not_logged()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => throw new GraphQLException("You may not know.", "FORBIDDEN"));
        var seen = new List<ErrorFilterContext>();
        using var logs = new RecordingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(logs));

        var result = await schema.ExecuteAsync(
            "{ dog { nickname } }",
            options: new ExecutionOptions { ErrorFilters = [new RecordingFilter(seen)], LoggerFactory = loggerFactory });

        result.Errors.Single().Code.Should().Be("FORBIDDEN");
        seen.Should().ContainSingle().Which.Exception.Should().BeOfType<GraphQLException>();
        logs.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_logger_factory_on_the_options_the_requests_services_log()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => throw new InvalidOperationException("boom"));
        using var logs = new RecordingLoggerProvider();
        await using var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(logs)).BuildServiceProvider();

        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ dog { nickname } }", Services = services });

        ((ExecutionResult)result).Errors.Single().Message.Should().Be("Internal server error.");
        logs.Entries.Should().ContainSingle().Which.Category.Should().Be("GraphQL.Execution.FieldErrors");
    }

    private sealed class NotFoundFilter : IErrorFilter
    {
        public GraphQLError OnError(ErrorFilterContext context) => context.Exception is KeyNotFoundException missing
            ? context.Error.WithMessage(missing.Message).WithCode("NOT_FOUND")
            : context.Error;
    }

    private sealed class RecordingFilter(List<ErrorFilterContext> seen) : IErrorFilter
    {
        public GraphQLError OnError(ErrorFilterContext context)
        {
            lock (seen)
            {
                seen.Add(context);
            }

            return context.Error;
        }
    }
}
