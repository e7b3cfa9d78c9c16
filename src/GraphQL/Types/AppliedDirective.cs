using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// A directive applied to a schema element, such as <c>@key(fields: "id")</c> on a type
/// (<see href="https://spec.graphql.org/September2025/#sec-Type-System.Directives">§3.13 Directives</see>).
/// Kept so that the SDL printer and later features (cost, authorization…) can read them.
/// </summary>
public sealed class AppliedDirective
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(0);

    /// <param name="name">The directive's name, without <c>@</c>.</param>
    /// <param name="arguments">Argument values, already coerced to the argument types (internal values).</param>
    public AppliedDirective(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Arguments = arguments ?? NoArguments;
    }

    public string Name { get; }

    /// <summary>
    /// The coerced argument values by name. When built from SDL this includes arguments filled in from the
    /// directive definition's default values.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The directive as written in SDL, or <c>null</c> when applied in code.</summary>
    public DirectiveNode? Syntax { get; init; }

    /// <summary>The coerced value of an argument, or <c>null</c> when it is absent.</summary>
    public object? GetArgument(string name) => Arguments.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => "@" + Name;
}
