namespace GraphQL.Language;

/// <summary>
/// A 1-based line and column in a source document, the shape of one entry of an error's
/// <c>locations</c> (<see href="https://spec.graphql.org/September2025/#sec-Errors.Error-Result-Format">§7.1.2 Errors</see>).
/// </summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <summary>
    /// Computes the line and column of a character offset by scanning the source from its start.
    /// Only used when reporting errors, so the linear scan does not matter.
    /// </summary>
    public static SourceLocation FromOffset(string source, int offset)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(offset, source.Length);
        for (var i = 0; i < end; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                // \r\n is a single line terminator (§2.1.3); the \n ends the line.
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    if (i + 1 >= end)
                    {
                        // The offset points at the \n of a \r\n pair: it is still on this line.
                        break;
                    }

                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, offset - lineStart + 1);
    }
}
