namespace GraphQL.Types;

/// <summary>
/// A schema could not be built: its SDL or its types break the rules of the type system
/// (<see href="https://spec.graphql.org/September2025/#sec-Type-System">§3 Type System</see>, the "Type Validation"
/// subsections). Lists every error found, not only the first.
/// </summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException()
        : this(["The schema is invalid."])
    {
    }

    public SchemaValidationException(string message)
        : this([message])
    {
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public SchemaValidationException(IReadOnlyList<string> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Each error, naming the type, field or directive at fault.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string FormatMessage(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1
            ? "The schema is invalid: " + errors[0]
            : $"The schema is invalid ({errors.Count} errors):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", errors);
    }
}
