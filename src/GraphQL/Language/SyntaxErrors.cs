using System.Globalization;

namespace GraphQL.Language;

/// <summary>
/// Every syntax error of the lexer and parser, written once. The wording follows graphql-js so that
/// clients and tools see the messages they know.
/// </summary>
internal static class SyntaxErrors
{
    public static GraphQLSyntaxException UnexpectedCharacter(string source, int position)
    {
        var c = source[position];
        if (c == '\'')
        {
            return At(source, position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        // A lone surrogate is not a source character at all (§2.1.1), anything else just cannot start a token.
        return IsLoneSurrogate(source, position)
            ? At(source, position, $"Invalid character: {DescribeCharacter(source, position)}.")
            : At(source, position, $"Unexpected character: {DescribeCharacter(source, position)}.");
    }

    public static GraphQLSyntaxException UnterminatedString(string source, int position) =>
        At(source, position, "Unterminated string.");

    public static GraphQLSyntaxException InvalidCharacterWithinString(string source, int position) =>
        At(source, position, $"Invalid character within String: {DescribeCharacter(source, position)}.");

    public static GraphQLSyntaxException InvalidCharacterEscape(string source, int position, int length) =>
        At(source, position, $"Invalid character escape sequence: \"{Slice(source, position, length)}\".");

    public static GraphQLSyntaxException InvalidUnicodeEscape(string source, int position, int length) =>
        At(source, position, $"Invalid Unicode escape sequence: \"{Slice(source, position, length)}\".");

    public static GraphQLSyntaxException UnexpectedDigitAfterZero(string source, int position) =>
        At(source, position, $"Invalid number, unexpected digit after 0: {DescribeCharacter(source, position)}.");

    public static GraphQLSyntaxException ExpectedDigit(string source, int position) =>
        At(source, position, $"Invalid number, expected digit but got: {DescribeCharacter(source, position)}.");

    public static GraphQLSyntaxException Expected(in Lexer lexer, TokenKind expected, Token found) =>
        At(found, $"Expected {DescribeKind(expected)}, found {DescribeToken(lexer, found)}.");

    public static GraphQLSyntaxException ExpectedKeyword(in Lexer lexer, string keyword, Token found) =>
        At(found, $"Expected \"{keyword}\", found {DescribeToken(lexer, found)}.");

    public static GraphQLSyntaxException Unexpected(in Lexer lexer, Token found) =>
        At(found, $"Unexpected {DescribeToken(lexer, found)}.");

    public static GraphQLSyntaxException UnexpectedVariableInConstant(in Lexer lexer, Token dollar, Token name) =>
        At(dollar, $"Unexpected variable \"${lexer.GetText(name)}\" in constant value.");

    public static GraphQLSyntaxException ReservedEnumValueName(in Lexer lexer, Token name) =>
        At(name, $"{DescribeToken(lexer, name)} is reserved and cannot be used for an enum value.");

    public static GraphQLSyntaxException UnexpectedDescription(Token description, string unsupportedOn) =>
        At(description, $"Unexpected description, descriptions are not supported on {unsupportedOn}.");

    public static GraphQLSyntaxException DocumentTooLarge(int length, int maxLength) =>
        new(GraphQLError.LimitExceeded(
            ErrorCodes.DocumentTooLarge,
            string.Create(CultureInfo.InvariantCulture, $"Document of {length} characters exceeds the maximum length of {maxLength} characters.")));

    public static GraphQLSyntaxException TooManyTokens(Token token, int maxTokens) =>
        new(GraphQLError.LimitExceeded(
            ErrorCodes.MaxTokensExceeded,
            string.Create(CultureInfo.InvariantCulture, $"Syntax Error: Document contains more than {maxTokens} tokens. Parsing aborted."),
            new SourceLocation(token.Line, token.Column)));

    public static GraphQLSyntaxException TooDeep(Token token, int maxDepth) =>
        new(GraphQLError.LimitExceeded(
            ErrorCodes.MaxDepthExceeded,
            string.Create(CultureInfo.InvariantCulture, $"Syntax Error: Document nesting exceeds the maximum depth of {maxDepth}. Parsing aborted."),
            new SourceLocation(token.Line, token.Column)));

    /// <summary>How graphql-js names a token kind in messages: punctuators quoted, others by name.</summary>
    public static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParen => "\"(\"",
        TokenKind.RightParen => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    /// <summary>A token as graphql-js describes it: its kind, then its value in quotes when it has one.</summary>
    public static string DescribeToken(in Lexer lexer, Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{DescribeKind(token.Kind)} \"{lexer.GetText(token)}\"",
        TokenKind.String or TokenKind.BlockString => $"{DescribeKind(token.Kind)} \"{lexer.GetStringValue(token)}\"",
        _ => DescribeKind(token.Kind),
    };

    /// <summary>
    /// The character at <paramref name="position"/> as graphql-js prints it: printable ASCII in quotes,
    /// anything else as its code point (<c>U+1F600</c>), or <c>&lt;EOF&gt;</c> past the end.
    /// </summary>
    public static string DescribeCharacter(string source, int position)
    {
        if (position >= source.Length)
        {
            return "<EOF>";
        }

        var c = source[position];
        if (c is >= ' ' and <= '~')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        var codePoint = char.IsHighSurrogate(c) && position + 1 < source.Length && char.IsLowSurrogate(source[position + 1])
            ? char.ConvertToUtf32(c, source[position + 1])
            : c;
        return "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static bool IsLoneSurrogate(string source, int position)
    {
        var c = source[position];
        if (char.IsHighSurrogate(c))
        {
            return position + 1 >= source.Length || !char.IsLowSurrogate(source[position + 1]);
        }

        return char.IsLowSurrogate(c);
    }

    private static string Slice(string source, int position, int length) =>
        source.Substring(position, Math.Min(length, source.Length - position));

    private static GraphQLSyntaxException At(string source, int position, string detail) =>
        new(GraphQLError.Syntax(detail, SourceLocation.FromOffset(source, position)));

    private static GraphQLSyntaxException At(Token token, string detail) =>
        new(GraphQLError.Syntax(detail, new SourceLocation(token.Line, token.Column)));
}
