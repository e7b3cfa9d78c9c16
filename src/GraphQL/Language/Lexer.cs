namespace GraphQL.Language;

/// <summary>
/// Turns a source text into tokens, one at a time, per the lexical grammar of
/// <see href="https://spec.graphql.org/September2025/#sec-Language.Source-Text">§2.1 Source Text</see>.
/// </summary>
/// <remarks>
/// <para>
/// A mutable struct so that the parser keeps it inline: scanning allocates nothing. Tokens only
/// hold offsets; <see cref="GetText"/> and <see cref="GetStringValue"/> produce strings when the
/// parser builds a node. Ignored tokens (§2.1.7) are skipped while tracking lines, so every token
/// knows its line and column.
/// </para>
/// <para>
/// The source is UTF-16: a supplementary character is a surrogate pair and counts as one source
/// character; an unpaired surrogate is not a source character (§2.1.1) and is an error wherever it appears
/// outside a comment, where it ends the comment and then fails as a token.
/// </para>
/// </remarks>
internal struct Lexer
{
    private readonly string _source;

    // The line being scanned and the offset where it starts, to give tokens their line and column.
    private int _line;
    private int _lineStart;

    public Lexer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _line = 1;
        _lineStart = 0;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1);
    }

    public readonly string Source => _source;

    /// <summary>The current token; <see cref="TokenKind.StartOfFile"/> before the first <see cref="Advance"/>.</summary>
    public Token Token { get; private set; }

    /// <summary>The end of the token before the current one: where the node that ended with it ends.</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>Moves to the next token and returns it; at the end it stays on <see cref="TokenKind.EndOfFile"/>.</summary>
    public Token Advance()
    {
        PreviousEnd = Token.End;
        Token = ReadToken(Token.End);
        return Token;
    }

    /// <summary>The token after the current one, without moving.</summary>
    public readonly Token Lookahead()
    {
        var copy = this;
        return copy.Advance();
    }

    /// <summary>The token's characters, for names and numbers.</summary>
    public readonly string GetText(Token token) => _source.Substring(token.Start, token.Length);

    /// <summary>The token's characters without allocating, for comparing with keywords.</summary>
    public readonly ReadOnlySpan<char> GetSpan(Token token) => _source.AsSpan(token.Start, token.Length);

    /// <summary>The value of a <see cref="TokenKind.String"/> or <see cref="TokenKind.BlockString"/> token (§2.9.4 Static Semantics).</summary>
    public readonly string GetStringValue(Token token)
    {
        if (token.Kind == TokenKind.BlockString)
        {
            return BlockString.GetValue(_source.AsSpan(token.Start + 3, token.Length - 6), token.HasEscapes);
        }

        return token.HasEscapes
            ? StringEscapes.Decode(_source.AsSpan(token.Start + 1, token.Length - 2))
            : _source.Substring(token.Start + 1, token.Length - 2);
    }

    private Token ReadToken(int position)
    {
        var source = _source;
        while (position < source.Length)
        {
            var c = source[position];
            switch (c)
            {
                // Ignored: BOM, white space and insignificant commas (§2.1.7).
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    NewLine(position);
                    continue;
                case '\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case '#':
                    position = SkipComment(position + 1);
                    continue;
                case '!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case '$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case '&':
                    return Punctuator(TokenKind.Ampersand, position, 1);
                case '(':
                    return Punctuator(TokenKind.LeftParen, position, 1);
                case ')':
                    return Punctuator(TokenKind.RightParen, position, 1);
                case '.':
                    if (position + 2 < source.Length && source[position + 1] == '.' && source[position + 2] == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    throw SyntaxErrors.UnexpectedCharacter(source, position);
                case ':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case '=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case '@':
                    return Punctuator(TokenKind.At, position, 1);
                case '[':
                    return Punctuator(TokenKind.LeftBracket, position, 1);
                case ']':
                    return Punctuator(TokenKind.RightBracket, position, 1);
                case '{':
                    return Punctuator(TokenKind.LeftBrace, position, 1);
                case '|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case '}':
                    return Punctuator(TokenKind.RightBrace, position, 1);
                case '"':
                    return position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsNameStart(c))
            {
                return ReadName(position);
            }

            if (IsDigit(c) || c == '-')
            {
                return ReadNumber(position);
            }

            throw SyntaxErrors.UnexpectedCharacter(source, position);
        }

        return new Token(TokenKind.EndOfFile, source.Length, source.Length, _line, source.Length - _lineStart + 1);
    }

    private void NewLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    private readonly Token Punctuator(TokenKind kind, int start, int length) =>
        new(kind, start, start + length, _line, start - _lineStart + 1);

    /// <summary><c>Comment :: # CommentChar*</c> (§2.1.4); returns the position of the line terminator that ends it.</summary>
    private readonly int SkipComment(int position)
    {
        var source = _source;
        while (position < source.Length)
        {
            var c = source[position];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (char.IsSurrogate(c))
            {
                if (!IsSurrogatePair(source, position))
                {
                    // Not a source character: end the comment here and let the token scan report it.
                    break;
                }

                position++;
            }

            position++;
        }

        return position;
    }

    /// <summary><c>Name :: NameStart NameContinue* [lookahead != NameContinue]</c> (§2.1.9).</summary>
    private readonly Token ReadName(int start)
    {
        var source = _source;
        var position = start + 1;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position, _line, start - _lineStart + 1);
    }

    /// <summary>
    /// <c>IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}]</c> (§2.9.1) and
    /// <c>FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, ., NameStart}]</c> (§2.9.2).
    /// </summary>
    private readonly Token ReadNumber(int start)
    {
        var source = _source;
        var position = start;
        var isFloat = false;

        if (source[position] == '-')
        {
            position++;
        }

        // IntegerPart: 0, or a non-zero digit followed by digits; "00" and "01" are errors.
        if (position < source.Length && source[position] == '0')
        {
            position++;
            if (position < source.Length && IsDigit(source[position]))
            {
                throw SyntaxErrors.UnexpectedDigitAfterZero(source, position);
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        // FractionalPart :: . Digit+
        if (position < source.Length && source[position] == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        // ExponentPart :: ExponentIndicator Sign? Digit+
        if (position < source.Length && source[position] is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (position < source.Length && source[position] is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        // The lookahead restriction: "1.2.3", "0x1" or "1e5abc" are errors, not several tokens.
        if (position < source.Length && (source[position] == '.' || IsNameStart(source[position])))
        {
            throw SyntaxErrors.ExpectedDigit(source, position);
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _line, start - _lineStart + 1);
    }

    // Digit+; returns the position after the last digit.
    private readonly int ReadDigits(int position)
    {
        var source = _source;
        if (position >= source.Length || !IsDigit(source[position]))
        {
            throw SyntaxErrors.ExpectedDigit(source, position);
        }

        do
        {
            position++;
        }
        while (position < source.Length && IsDigit(source[position]));

        return position;
    }

    /// <summary>
    /// <c>StringValue :: "" | " StringCharacter+ "</c> (§2.9.4). Escapes are validated here and
    /// decoded later by <see cref="GetStringValue"/>, only when the string has any.
    /// </summary>
    private readonly Token ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        var hasEscapes = false;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"')
            {
                return new Token(TokenKind.String, start, position + 1, _line, start - _lineStart + 1, hasEscapes);
            }

            if (c == '\\')
            {
                hasEscapes = true;
                position = StringEscapes.Validate(source, position);
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (char.IsSurrogate(c))
            {
                if (!IsSurrogatePair(source, position))
                {
                    throw SyntaxErrors.InvalidCharacterWithinString(source, position);
                }

                position++;
            }

            position++;
        }

        throw SyntaxErrors.UnterminatedString(source, position);
    }

    /// <summary>
    /// <c>BlockString :: """ BlockStringCharacter* """</c> (§2.9.4), where <c>\"""</c> stands for <c>"""</c>.
    /// Line terminators inside count as lines for the tokens that follow.
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var source = _source;
        var line = _line;
        var column = start - _lineStart + 1;
        var position = start + 3;
        var hasEscapes = false;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"' && position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"')
            {
                return new Token(TokenKind.BlockString, start, position + 3, line, column, hasEscapes);
            }

            if (c == '\\' && position + 3 < source.Length
                && source[position + 1] == '"' && source[position + 2] == '"' && source[position + 3] == '"')
            {
                hasEscapes = true;
                position += 4;
                continue;
            }

            if (c == '\n')
            {
                position++;
                NewLine(position);
                continue;
            }

            if (c == '\r')
            {
                position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                NewLine(position);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (!IsSurrogatePair(source, position))
                {
                    throw SyntaxErrors.InvalidCharacterWithinString(source, position);
                }

                position++;
            }

            position++;
        }

        throw SyntaxErrors.UnterminatedString(source, position);
    }

    private static bool IsSurrogatePair(string source, int position) =>
        char.IsHighSurrogate(source[position]) && position + 1 < source.Length && char.IsLowSurrogate(source[position + 1]);

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    // Letter or "_" (§2.1.9); (c | 0x20) folds ASCII upper case onto lower case.
    private static bool IsNameStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);
}
