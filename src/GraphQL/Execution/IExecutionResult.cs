namespace GraphQL.Execution;

/// <summary>What <see cref="RequestExecutor.ExecuteAsync(GraphQLRequest)"/> returns: an <see cref="ExecutionResult"/>, or a
/// <see cref="SubscriptionResult"/> for a subscription whose stream was created.</summary>
public interface IExecutionResult
{
    /// <summary>The request's errors; for a <see cref="SubscriptionResult"/> always empty (each event carries its own).</summary>
    IReadOnlyList<GraphQLError> Errors { get; }
}
