using System.Globalization;
using System.Text;

namespace GraphQL.Execution;

/// <summary>
/// A position in the response (<see href="https://spec.graphql.org/September2025/#sec-Errors.Error-Result-Format">§7.1.2 "path"</see>):
/// a response key or a list index, linked to its parent, so extending a path costs one small object.
/// </summary>
public sealed class ResultPath
{
    private ResultPath(ResultPath? parent, string? key, int index)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    /// <summary>The enclosing position; <c>null</c> for a root field.</summary>
    public ResultPath? Parent { get; }

    /// <summary>The response key, or <c>null</c> when this segment is a list index.</summary>
    public string? Key { get; }

    /// <summary>The list index when <see cref="Key"/> is <c>null</c>.</summary>
    public int Index { get; }

    /// <summary>The number of segments.</summary>
    public int Depth { get; }

    public bool IsIndex => Key is null;

    /// <summary>A root field's path.</summary>
    public static ResultPath Root(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new ResultPath(null, key, 0);
    }

    /// <summary><paramref name="parent"/> followed by a response key; a root path when the parent is <c>null</c>.</summary>
    public static ResultPath Create(ResultPath? parent, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new ResultPath(parent, key, 0);
    }

    public ResultPath Append(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new ResultPath(this, key, 0);
    }

    public ResultPath Append(int index) => new(this, null, index);

    /// <summary>The segments from the root: response keys as <see cref="string"/>, indices as <see cref="int"/>.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var path = this; path is not null; path = path.Parent)
        {
            segments[path.Depth - 1] = path.Key ?? (object)path.Index;
        }

        return segments;
    }

    /// <summary><c>hero.friends[0].name</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var segment in ToList())
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

                builder.Append((string)segment);
            }
        }

        return builder.ToString();
    }
}
