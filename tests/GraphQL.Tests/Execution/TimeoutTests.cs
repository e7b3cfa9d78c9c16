using GraphQL.Execution;

namespace GraphQL.Tests.Execution;

/// <summary>The execution timeout and the caller's cancellation end a request with REQUEST_TIMEOUT / REQUEST_CANCELLED.</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task A_request_that_runs_too_long_ends_with_a_timeout_error()
    {
        var schema = TestSchema.Build();
        schema.QueryType.GetField("homepage")!.Resolve(async context =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return "never";
        });

        var result = await schema.ExecuteAsync("{ homepage }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) });

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "The request exceeded the execution timeout of 0.05 seconds.", "extensions": { "code": "REQUEST_TIMEOUT" } } ], "data": null }
            """);
    }

    [Fact]
    public async Task A_resolver_that_ignores_the_token_does_not_hold_the_response()
    {
        var release = new TaskCompletionSource<object?>();
        var schema = TestSchema.Build();
        schema.QueryType.GetField("homepage")!.Resolve(_ => new ValueTask<object?>(release.Task));

        var result = await schema.ExecuteAsync("{ homepage }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) })
            .WaitAsync(TimeSpan.FromSeconds(10));

        result.Errors.Single().Code.Should().Be(ErrorCodes.RequestTimeout);
        release.SetResult("late");
    }

    [Fact]
    public async Task A_request_cancelled_by_the_caller_ends_with_a_cancelled_error()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = TestSchema.Build();
        schema.QueryType.GetField("homepage")!.Resolve(async context =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return "never";
        });

        var result = await schema.ExecuteAsync("{ homepage }", cancellationToken: cancellation.Token);

        result.ShouldBeJson("""{ "errors": [ { "message": "The request was cancelled.", "extensions": { "code": "REQUEST_CANCELLED" } } ], "data": null }""");
    }

    [Fact]
    public async Task Resolvers_see_a_token_that_fires_at_the_timeout()
    {
        var schema = TestSchema.Build();
        schema.QueryType.GetField("homepage")!.Resolve(context => context.RequestAborted.CanBeCanceled ? "cancellable" : "not");

        var withTimeout = await schema.ExecuteAsync("{ homepage }");
        var without = await schema.ExecuteAsync("{ homepage }", options: new ExecutionOptions { Timeout = Timeout.InfiniteTimeSpan });

        withTimeout.ShouldBeJson("""{ "data": { "homepage": "cancellable" } }""");
        without.ShouldBeJson("""{ "data": { "homepage": "not" } }""");
    }
}
