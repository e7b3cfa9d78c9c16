using System.Buffers;

namespace GraphQL.Language;

/// <summary>
/// The block string algorithms of <see href="https://spec.graphql.org/September2025/#sec-String-Value">§2.9.4 String Value</see>:
/// <c>BlockStringValue()</c> to read one, and its inverse to print one.
/// </summary>
internal static class BlockString
{
    private const string TripleQuote = "\"\"\"";
    private const string EscapedTripleQuote = "\\\"\"\"";

    /// <summary>
    /// The value of a block string from its raw text between the quotes: <c>\"""</c> unescaped, then
    /// <c>BlockStringValue(rawValue)</c> applied.
    /// </summary>
    public static string GetValue(ReadOnlySpan<char> raw, bool hasEscapes) =>
        hasEscapes ? Dedent(raw.ToString().Replace(EscapedTripleQuote, TripleQuote, StringComparison.Ordinal)) : Dedent(raw);

    /// <summary>
    /// <c>BlockStringValue(rawValue)</c>: removes the common indentation of all lines but the first,
    /// then the leading and trailing lines made only of white space, and joins the lines with <c>\n</c>.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        // First pass: the common indentation, and the first and last lines that are not blank.
        var commonIndent = int.MaxValue;
        var firstContentLine = -1;
        var lastContentLine = -1;
        var lineIndex = 0;
        var position = 0;
        while (true)
        {
            var lineEnd = EndOfLine(raw, position);
            var line = raw[position..lineEnd];
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length)
            {
                if (lineIndex > 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }

                if (firstContentLine < 0)
                {
                    firstContentLine = lineIndex;
                }

                lastContentLine = lineIndex;
            }

            if (lineEnd == raw.Length)
            {
                break;
            }

            position = NextLineStart(raw, lineEnd);
            lineIndex++;
        }

        if (firstContentLine < 0)
        {
            return string.Empty;
        }

        if (lineIndex == 0)
        {
            // A single line keeps everything, its indentation included.
            return raw.ToString();
        }

        if (commonIndent == int.MaxValue)
        {
            commonIndent = 0;
        }

        // Second pass: copy the kept lines; the result is never longer than the raw text.
        var rented = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var length = 0;
            lineIndex = 0;
            position = 0;
            while (lineIndex <= lastContentLine)
            {
                var lineEnd = EndOfLine(raw, position);
                if (lineIndex >= firstContentLine)
                {
                    var line = raw[position..lineEnd];
                    if (lineIndex > 0)
                    {
                        line = line[Math.Min(commonIndent, line.Length)..];
                    }

                    if (lineIndex > firstContentLine)
                    {
                        rented[length++] = '\n';
                    }

                    line.CopyTo(rented.AsSpan(length));
                    length += line.Length;
                }

                if (lineEnd == raw.Length)
                {
                    break;
                }

                position = NextLineStart(raw, lineEnd);
                lineIndex++;
            }

            return new string(rented, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Prints <paramref name="value"/> as a block string (quotes included) whose <see cref="Dedent"/>
    /// gives back exactly the value, wherever the printer indents it; null when no block string can
    /// (for example a value with a carriage return, or with leading blank lines).
    /// </summary>
    public static string? TryPrint(string value)
    {
        var escaped = value.Replace(TripleQuote, EscapedTripleQuote, StringComparison.Ordinal);

        // Readable form first: content on its own lines. A quote or backslash at the end needs the
        // closing quotes on the next line so they are not read as part of them.
        var multiLine = value.Contains('\n', StringComparison.Ordinal) || value.Length > 70;
        var forceTrailingNewLine = value.EndsWith('"') || value.EndsWith('\\');
        string[] candidates = multiLine || forceTrailingNewLine
            ? [TripleQuote + "\n" + escaped + "\n" + TripleQuote, TripleQuote + escaped + "\n" + TripleQuote]
            : [TripleQuote + escaped + TripleQuote];

        foreach (var candidate in candidates)
        {
            var raw = candidate.AsSpan(3, candidate.Length - 6);
            if (GetValue(raw, raw.Contains(EscapedTripleQuote, StringComparison.Ordinal)) == value)
            {
                return candidate;
            }
        }

        return null;
    }

    private static int EndOfLine(ReadOnlySpan<char> raw, int position)
    {
        var offset = raw[position..].IndexOfAny('\n', '\r');
        return offset < 0 ? raw.Length : position + offset;
    }

    // §2.1.3: \r\n is one line terminator.
    private static int NextLineStart(ReadOnlySpan<char> raw, int lineEnd) =>
        raw[lineEnd] == '\r' && lineEnd + 1 < raw.Length && raw[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;

    // WhiteSpace is only tab and space (§2.1.2).
    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }
}
