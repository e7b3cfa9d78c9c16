using System.Globalization;
using System.Text;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL;

/// <summary>
/// The single error type of the engine: one entry of a response's <c>errors</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Errors">§7.1.2 Errors</see>).
/// </summary>
/// <remarks>
/// Immutable. Built only through the named factories below, so each kind of message is written once;
/// the <c>WithX</c> methods return a changed copy (for example to attach the response path where a
/// field failed).
/// </remarks>
public sealed class GraphQLError
{
    /// <summary>The <c>extensions</c> key that holds <see cref="Code"/>.</summary>
    public const string CodeKey = "code";

    private GraphQLError(
        string message,
        IReadOnlyList<SourceLocation> locations,
        IReadOnlyList<object>? path,
        IReadOnlyDictionary<string, object?>? extensions,
        Exception? innerException)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
        InnerException = innerException;
    }

    /// <summary>A description of the error for the developer (§7.1.2 "message").</summary>
    public string Message { get; }

    /// <summary>The places in the document the error refers to; empty when it refers to none.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>
    /// The response path of the field that failed: field names (<see cref="string"/>) and list
    /// indices (<see cref="int"/>), from the root. Null for request errors.
    /// </summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional entries (§7.1.2 "extensions"), <c>code</c> first when present.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The error code (see <see cref="ErrorCodes"/>) from <see cref="Extensions"/>, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue(CodeKey, out var code) ? code as string : null;

    /// <summary>The exception behind the error, for logging; never serialized.</summary>
    public Exception? InnerException { get; }

    /// <summary>An error with the given parts; prefer a more specific factory when one fits.</summary>
    public static GraphQLError Create(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        string? code = null,
        Exception? innerException = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new GraphQLError(message, locations ?? [], path, code is null ? null : CodeOnly(code), innerException);
    }

    /// <summary>
    /// A syntax error found by the lexer or parser (§2): <c>Syntax Error: {detail}</c> with code
    /// <see cref="ErrorCodes.ParseFailed"/>, worded like graphql-js so clients see familiar messages.
    /// </summary>
    public static GraphQLError Syntax(string detail, SourceLocation location) =>
        new("Syntax Error: " + detail, [location], null, CodeOnly(ErrorCodes.ParseFailed), null);

    /// <summary>A request that breaks one of the parser's safety limits (document length, tokens, depth).</summary>
    public static GraphQLError LimitExceeded(string code, string message, SourceLocation? location = null) =>
        new(message, location is { } at ? [at] : [], null, CodeOnly(code), null);

    /// <summary>A validation rule failure (§5), located at the offending nodes.</summary>
    public static GraphQLError Validation(string message, params ReadOnlySpan<SyntaxNode> nodes) =>
        new(message, LocationsOf(nodes), null, CodeOnly(ErrorCodes.ValidationFailed), null);

    /// <summary>Input that cannot be coerced (variables, arguments), located at the offending nodes.</summary>
    public static GraphQLError BadUserInput(string message, params ReadOnlySpan<SyntaxNode> nodes) =>
        new(message, LocationsOf(nodes), null, CodeOnly(ErrorCodes.BadUserInput), null);

    /// <summary>An unexpected failure; the exception is kept for logging but its text is not exposed.</summary>
    public static GraphQLError Internal(Exception exception, IReadOnlyList<object>? path = null, params ReadOnlySpan<SyntaxNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new GraphQLError("Internal server error.", LocationsOf(nodes), path, CodeOnly(ErrorCodes.InternalServerError), exception);
    }

    public GraphQLError WithMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new GraphQLError(message, Locations, Path, Extensions, InnerException);
    }

    public GraphQLError WithLocations(IReadOnlyList<SourceLocation> locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        return new GraphQLError(Message, locations, Path, Extensions, InnerException);
    }

    public GraphQLError WithPath(IReadOnlyList<object>? path) => new(Message, Locations, path, Extensions, InnerException);

    public GraphQLError WithInnerException(Exception? innerException) => new(Message, Locations, Path, Extensions, innerException);

    /// <summary>A copy with <paramref name="key"/> set in <see cref="Extensions"/>, keeping the others in order.</summary>
    public GraphQLError WithExtension(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var extensions = new Dictionary<string, object?>(Extensions?.Count + 1 ?? 1, StringComparer.Ordinal);
        var replaced = false;
        if (Extensions is not null)
        {
            foreach (var entry in Extensions)
            {
                if (entry.Key == key)
                {
                    extensions[key] = value;
                    replaced = true;
                }
                else
                {
                    extensions[entry.Key] = entry.Value;
                }
            }
        }

        if (!replaced)
        {
            extensions[key] = value;
        }

        return new GraphQLError(Message, Locations, Path, extensions, InnerException);
    }

    public GraphQLError WithCode(string code) => WithExtension(CodeKey, code);

    /// <summary>The message followed by each location as <c>(line:column)</c>, for logs and test output.</summary>
    public override string ToString()
    {
        if (Locations.Count == 0)
        {
            return Message;
        }

        var builder = new StringBuilder(Message);
        foreach (var location in Locations)
        {
            builder.Append(CultureInfo.InvariantCulture, $" ({location.Line}:{location.Column})");
        }

        return builder.ToString();
    }

    private static Dictionary<string, object?> CodeOnly(string code) => new(1, StringComparer.Ordinal) { [CodeKey] = code };

    private static SourceLocation[] LocationsOf(ReadOnlySpan<SyntaxNode> nodes)
    {
        if (nodes.IsEmpty)
        {
            return [];
        }

        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            // Nodes built by hand have no location (line 0); an error cannot point at them.
            if (node.Location.Line > 0)
            {
                locations.Add(node.Location.ToSourceLocation());
            }
        }

        return [.. locations];
    }
}
