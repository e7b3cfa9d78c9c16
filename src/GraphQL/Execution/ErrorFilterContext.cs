namespace GraphQL.Execution;

/// <summary>What an <see cref="IErrorFilter"/> knows about a field's failure.</summary>
public sealed class ErrorFilterContext
{
    /// <summary>
    /// The error as the engine made it (or as the previous filter returned it): for an unexpected exception, "Internal
    /// server error." with <see cref="ErrorCodes.InternalServerError"/> (details only with
    /// <see cref="ExecutionOptions.IncludeExceptionDetails"/>); located at the field and with its path.
    /// </summary>
    public required GraphQLError Error { get; init; }

    /// <summary>The exception the field failed with; <c>null</c> when the resolver returned an error instead of throwing.</summary>
    public Exception? Exception { get; init; }

    /// <summary>The response path of the field that failed.</summary>
    public IReadOnlyList<object>? Path => Error.Path;

    /// <summary>The request's trace id (<see cref="System.Diagnostics.Activity.Current"/>, else the HTTP request's identifier), if any.</summary>
    public string? TraceId { get; init; }

    /// <summary>The request's services.</summary>
    public required IServiceProvider Services { get; init; }
}
