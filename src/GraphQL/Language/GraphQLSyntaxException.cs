namespace GraphQL.Language;

/// <summary>
/// Thrown by <see cref="Parser"/> when a document is not valid GraphQL syntax or breaks a
/// <see cref="ParserOptions"/> limit; <see cref="Error"/> is the error to report to the client.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(GraphQLError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public GraphQLError Error { get; }
}
