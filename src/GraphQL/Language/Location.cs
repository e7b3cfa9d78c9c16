namespace GraphQL.Language;

/// <summary>
/// Where a token or syntax node sits in its source: the character offsets of its first and
/// one-past-last character, and the 1-based line and column of its first character.
/// </summary>
/// <remarks>
/// Offsets and columns count UTF-16 code units, like graphql-js does. Lines are counted per
/// <see href="https://spec.graphql.org/September2025/#sec-Line-Terminators">§2.1.3 Line Terminators</see>
/// (<c>\n</c>, <c>\r\n</c> and a lone <c>\r</c> each end a line).
/// A node built by hand rather than parsed has the default location (all zero).
/// </remarks>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>The line and column of the start, as reported in errors.</summary>
    public SourceLocation ToSourceLocation() => new(Line, Column);
}
