namespace GraphQL.Execution;

/// <summary>
/// Thrown by a resolver (or middleware) to fail its field with errors the client may see: their messages and codes are
/// kept, and each gets the field's path and locations when it has none. Any other exception is masked as an internal error.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException()
        : this("The field could not be resolved.")
    {
    }

    public GraphQLException(string message)
        : this(GraphQLError.Create(message))
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [GraphQLError.Create(message, innerException: innerException)];
    }

    /// <summary>An error with a message and an <c>extensions.code</c> (see <see cref="ErrorCodes"/>).</summary>
    public GraphQLException(string message, string code)
        : this(GraphQLError.Create(message, code: code))
    {
    }

    public GraphQLException(GraphQLError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Errors = [error];
    }

    public GraphQLException(IEnumerable<GraphQLError> errors)
        : this([.. errors ?? throw new ArgumentNullException(nameof(errors))])
    {
    }

    private GraphQLException(GraphQLError[] errors)
        : base(errors.Length > 0 ? errors[0].Message : "The field could not be resolved.")
    {
        Errors = errors.Length > 0 ? errors : [GraphQLError.Create(Message)];
    }

    /// <summary>The errors to report, at least one.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
