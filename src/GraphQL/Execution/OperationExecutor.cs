using GraphQL.Language.Ast;

namespace GraphQL.Execution;

/// <summary>
/// The execute stage for queries and mutations (<see href="https://spec.graphql.org/September2025/#ExecuteQuery()">ExecuteQuery()</see>,
/// <see href="https://spec.graphql.org/September2025/#ExecuteMutation()">ExecuteMutation()</see>), and for each subscription
/// event: runs the root selection set, bounded by the timeout and the caller's cancellation, and builds the result.
/// </summary>
internal static class OperationExecutor
{
    public static ValueTask<ExecutionResult> ExecuteAsync(ExecutionScope scope)
    {
        if (scope.IsAborted)
        {
            return new ValueTask<ExecutionResult>(Aborted(scope));
        }

        // Resolvers and batch fetches must not capture the caller's synchronization context: their continuations would
        // be posted to it instead of running inline when a data loader completes their keys, and the next level's keys
        // would no longer queue together (ASP.NET Core has none; test runners and UI hosts do).
        var callerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            var plan = scope.Plan;
            var data = plan.Operation.Operation == OperationType.Mutation
                ? scope.ExecuteFieldsSerially(plan.RootType, scope.RootValue, plan.RootFields)
                : scope.ExecuteFields(plan.RootType, scope.RootValue, plan.RootFields, null);
            return data.IsCompletedSuccessfully ? new ValueTask<ExecutionResult>(Finish(scope, data.Result)) : AwaitData(scope, data);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }
    }

    private static async ValueTask<ExecutionResult> AwaitData(ExecutionScope scope, ValueTask<object?> data)
    {
        object? completed;
        try
        {
            var execution = data.AsTask();

            // Every runnable resolver has started and the execution now waits: from here the data loaders' queued keys
            // are fetched, a round at a time, until it completes (see DataLoaderScheduler).
            await scope.DataLoaders.RunUntilCompleteAsync(execution, scope.RequestAborted).ConfigureAwait(false);

            // Resolvers that ignore the token must not hold the response: stop waiting when the request is aborted.
            completed = await execution.WaitAsync(scope.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (scope.IsAborted)
        {
            return Aborted(scope);
        }

        return Finish(scope, completed);
    }

    /// <summary>The result: <c>data</c> is null when a null propagated to the root (§6.4.4).</summary>
    private static ExecutionResult Finish(ExecutionScope scope, object? data)
    {
        if (scope.IsAborted)
        {
            return Aborted(scope);
        }

        scope.Complete();
        return ExecutionResult.FromData(data as ResultMap, scope.Errors);
    }

    private static ExecutionResult Aborted(ExecutionScope scope) => ExecutionResult.FromData(null, [scope.AbortError()]);
}
