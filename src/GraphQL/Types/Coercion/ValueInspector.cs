using System.Collections;
using System.Globalization;
using System.Text;

namespace GraphQL.Types;

/// <summary>
/// Prints a CLR value for an error message the way graphql-js's <c>inspect</c> does: strings quoted, lists in
/// brackets, objects in braces, nesting cut off after two levels.
/// </summary>
internal static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                AppendQuoted(builder, text);
                break;
            case bool boolean:
                builder.Append(boolean ? "true" : "false");
                break;
            case char character:
                AppendQuoted(builder, character.ToString());
                break;
            case double number:
                builder.Append(FormatDouble(number));
                break;
            case float number:
                builder.Append(FormatDouble(number));
                break;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                AppendObject(builder, dictionary, depth);
                break;
            case IDictionary<string, object?> dictionary:
                AppendObject(builder, dictionary, depth);
                break;
            case IEnumerable items:
                AppendList(builder, items, depth);
                break;
            case IFormattable formattable:
                AppendQuoted(builder, formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }

    private static string FormatDouble(double number) => double.IsNaN(number)
        ? "NaN"
        : double.IsInfinity(number) ? (number > 0 ? "Infinity" : "-Infinity") : number.ToString("R", CultureInfo.InvariantCulture);

    private static void AppendObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        if (depth >= MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        var count = 0;
        builder.Append('{');
        foreach (var entry in entries)
        {
            builder.Append(count == 0 ? " " : ", ");
            if (++count > MaxItems)
            {
                builder.Append("...");
                break;
            }

            builder.Append(entry.Key).Append(": ");
            Append(builder, entry.Value, depth + 1);
        }

        builder.Append(count == 0 ? "}" : " }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable items, int depth)
    {
        if (depth >= MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        var count = 0;
        builder.Append('[');
        foreach (var item in items)
        {
            if (count > 0)
            {
                builder.Append(", ");
            }

            if (++count > MaxItems)
            {
                builder.Append("...");
                break;
            }

            Append(builder, item, depth + 1);
        }

        builder.Append(']');
    }

    internal static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (c < ' ')
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
