namespace GraphQL.Execution;

/// <summary>
/// Maps a field's failure to the error the client sees: the one place where exceptions get their codes and messages, so no
/// resolver has to. Filters run in the order of <see cref="ExecutionOptions.ErrorFilters"/>, each on the previous one's
/// result, for every error recorded where a field fails (its resolver threw, returned a <see cref="GraphQLError"/>, or its
/// value could not be serialized).
/// </summary>
/// <example>
/// <code>
/// sealed class NotFoundFilter : IErrorFilter
/// {
///     public GraphQLError OnError(ErrorFilterContext context) => context.Exception is KeyNotFoundException missing
///         ? context.Error.WithMessage(missing.Message).WithCode("NOT_FOUND")
///         : context.Error;
/// }
/// </code>
/// </example>
public interface IErrorFilter
{
    /// <summary>The error to report instead of <see cref="ErrorFilterContext.Error"/> (return it unchanged to keep it).</summary>
    GraphQLError OnError(ErrorFilterContext context);
}
