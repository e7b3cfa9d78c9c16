using System.Text;

namespace GraphQL.Types;

/// <summary>
/// How graphql-js 16 decides that a description prints as a block string, and how it lays one out
/// (<c>isPrintableAsBlockString</c> and <c>printBlockString</c> of <c>language/blockString.ts</c>), so that
/// <see cref="SchemaPrinter"/> prints descriptions character for character like <c>printSchema</c>.
/// </summary>
/// <remarks>
/// The language printer has its own block string layout, chosen to reproduce a parsed block string; this one follows
/// graphql-js instead, because the schema printer's output is compared with graphql-js's.
/// </remarks>
internal static class SdlBlockString
{
    private const string TripleQuote = "\"\"\"";
    private const string EscapedTripleQuote = "\\\"\"\"";

    /// <summary>
    /// Whether <c>BlockStringValue()</c> of the printed block string gives back <paramref name="value"/>: no control
    /// characters or carriage returns, no leading or trailing blank line, and no indentation common to every line.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                // graphql-js lists U+0000 to U+000F only (with \r, which would read back as \n); keep its choice.
                case < '\u0010' and not ('\t' or '\n'):
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>
    /// The block string for <paramref name="value"/>, quotes included: on its own lines when it spans several lines,
    /// is longer than 70 characters, or ends with a quote or backslash; on one line otherwise.
    /// </summary>
    public static string Print(string value)
    {
        var escaped = value.Replace(TripleQuote, EscapedTripleQuote, StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;

        // Lines after the first that all start with white space would lose it as common indentation.
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(static line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith(EscapedTripleQuote, StringComparison.Ordinal);

        // A closing quote or backslash would run into the closing triple quote.
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var forceTrailingNewLine = hasTrailingQuote || value.EndsWith('\\');
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;

        // A single line starting with white space keeps it only without a leading line break.
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder(escaped.Length + 8).Append(TripleQuote);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append(TripleQuote).ToString();
    }

    // WhiteSpace is only tab and space (§2.1.2).
    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
