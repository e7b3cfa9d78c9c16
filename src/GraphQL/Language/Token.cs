namespace GraphQL.Language;

/// <summary>
/// One lexical token: its kind, where it sits (<see cref="Start"/> inclusive, <see cref="End"/> exclusive,
/// 1-based <see cref="Line"/>/<see cref="Column"/> of the start), and for strings whether it holds escapes.
/// </summary>
/// <remarks>
/// A token holds no text so that scanning allocates nothing; the parser asks the <see cref="Lexer"/>
/// for a token's text or value only when it builds a node.
/// </remarks>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, bool HasEscapes = false)
{
    public int Length => End - Start;
}
