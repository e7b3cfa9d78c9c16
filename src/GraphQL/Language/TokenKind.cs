namespace GraphQL.Language;

/// <summary>
/// The kinds of lexical token (<see href="https://spec.graphql.org/September2025/#sec-Lexical-Tokens">§2.1.6 Lexical Tokens</see>):
/// each punctuator, names, numbers and strings, plus the start and end of the source.
/// Ignored tokens (§2.1.7: white space, line terminators, comments, commas, BOM) produce no token.
/// </summary>
internal enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    LeftParen,
    RightParen,
    Spread,
    Colon,
    Equals,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
