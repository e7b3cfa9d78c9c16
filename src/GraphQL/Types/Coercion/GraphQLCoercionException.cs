namespace GraphQL.Types;

/// <summary>
/// A value could not be coerced to a type: thrown by the coercion methods of <see cref="ILeafType"/> (one error, no
/// path) and by <see cref="ValueCoercion"/> (every error found in the value, each with its path inside the value).
/// </summary>
public sealed class GraphQLCoercionException : Exception
{
    public GraphQLCoercionException()
        : this("The value could not be coerced.")
    {
    }

    public GraphQLCoercionException(string message)
        : base(message)
    {
        Errors = [new InputCoercionError(message, [])];
    }

    public GraphQLCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new InputCoercionError(message, [])];
    }

    /// <summary>Wraps the errors of one value; the message is the first error's (prefixed with its path).</summary>
    public GraphQLCoercionException(IReadOnlyList<InputCoercionError> errors)
        : base(errors is { Count: > 0 } ? errors[0].Message : "The value could not be coerced.")
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    /// <summary>Every error found, at least one.</summary>
    public IReadOnlyList<InputCoercionError> Errors { get; }
}
