using System.Globalization;
using System.Text;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// One reason an input value could not be coerced, and where inside the value it is
/// (<see href="https://spec.graphql.org/September2025/#sec-Coercing-Variable-Values">§6.1.2 Coercing Variable Values</see>).
/// </summary>
public sealed class InputCoercionError
{
    public InputCoercionError(string reason, IReadOnlyList<object> path, ValueNode? node = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(path);
        Reason = reason;
        Path = path;
        Node = node;
    }

    /// <summary>What is wrong, such as <c>Int cannot represent non-integer value: 1.5</c>.</summary>
    public string Reason { get; }

    /// <summary>Where inside the value: input field names (<see cref="string"/>) and list indices (<see cref="int"/>); empty for the value itself.</summary>
    public IReadOnlyList<object> Path { get; }

    /// <summary>The offending literal when coercing a literal, for error locations; otherwise <c>null</c>.</summary>
    public ValueNode? Node { get; }

    /// <summary><see cref="Reason"/>, prefixed with <c>At "a.b[0]": </c> when the error is inside the value.</summary>
    public string Message => Path.Count == 0 ? Reason : $"At \"{FormatPath(Path)}\": {Reason}";

    /// <summary>Formats a path as <c>a.b[0].c</c>; with a <paramref name="root"/> (such as a variable name) as <c>root.a.b[0].c</c>.</summary>
    public static string FormatPath(IReadOnlyList<object> path, string? root = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new StringBuilder(root);
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                builder.Append(CultureInfo.InvariantCulture, $"[{index}]");
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(segment);
            }
        }

        return builder.ToString();
    }

    public override string ToString() => Message;
}
