using GraphQL.Language;

namespace GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Fact]
    public void Every_punctuator_is_its_own_token()
    {
        var tokens = Lex("! $ & ( ) ... : = @ [ ] { | }");

        tokens.Select(t => t.Kind).Should().Equal(
            TokenKind.Bang,
            TokenKind.Dollar,
            TokenKind.Ampersand,
            TokenKind.LeftParen,
            TokenKind.RightParen,
            TokenKind.Spread,
            TokenKind.Colon,
            TokenKind.Equals,
            TokenKind.At,
            TokenKind.LeftBracket,
            TokenKind.RightBracket,
            TokenKind.LeftBrace,
            TokenKind.Pipe,
            TokenKind.RightBrace);
    }

    [Fact]
    public void Punctuators_need_no_separation()
    {
        Lex("{...on}").Select(t => t.Kind).Should().Equal(
            TokenKind.LeftBrace, TokenKind.Spread, TokenKind.Name, TokenKind.RightBrace);
    }

    [Theory]
    [InlineData("a", "a")]
    [InlineData("_", "_")]
    [InlineData("__typename", "__typename")]
    [InlineData("Name_With_123", "Name_With_123")]
    [InlineData("zZ9", "zZ9")]
    public void Names_are_ascii_letters_digits_and_underscores(string source, string expected)
    {
        var token = Single(source);

        token.Kind.Should().Be(TokenKind.Name);
        token.Text.Should().Be(expected);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("4", false)]
    [InlineData("-4", false)]
    [InlineData("9007199254740993", false)]
    [InlineData("4.123", true)]
    [InlineData("-4.123", true)]
    [InlineData("0.123", true)]
    [InlineData("123e4", true)]
    [InlineData("123E4", true)]
    [InlineData("123e-4", true)]
    [InlineData("123e+4", true)]
    [InlineData("-1.123e4", true)]
    [InlineData("-1.123E-4", true)]
    [InlineData("-1.123e+4567", true)]
    public void Numbers_keep_their_text(string source, bool isFloat)
    {
        var token = Single(source);

        token.Kind.Should().Be(isFloat ? TokenKind.Float : TokenKind.Int);
        token.Text.Should().Be(source);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u0041\\u{42}\\u{0043}\"", "ABC")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\u{10FFFF}\"", "\U0010FFFF")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\u{0}\"", "\0")]
    [InlineData("\"unescaped \U0001F600 and é\"", "unescaped \U0001F600 and é")]
    [InlineData("\"a\\u{1F600}b\\uD83D\\uDE00c\\n\"", "a\U0001F600b\U0001F600c\n")]
    public void Strings_resolve_every_escape(string source, string expected)
    {
        var token = Single(source);

        token.Kind.Should().Be(TokenKind.String);
        token.Value.Should().Be(expected);
    }

    [Fact]
    public void Long_strings_with_escapes_decode_beyond_the_stack_buffer()
    {
        var content = string.Concat(Enumerable.Repeat("ab\\n", 200));

        Single("\"" + content + "\"").Value.Should().Be(string.Concat(Enumerable.Repeat("ab\n", 200)));
    }

    [Fact]
    public void Six_quotes_are_one_empty_block_string()
    {
        var token = Single("\"\"\"\"\"\"");

        token.Kind.Should().Be(TokenKind.BlockString);
        token.Value.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"   \n\n  \t \"\"\"", "")]
    [InlineData("\"\"\"  first line keeps its indentation\"\"\"", "  first line keeps its indentation")]
    public void Block_strings_are_verbatim(string source, string expected)
    {
        var token = Single(source);

        token.Kind.Should().Be(TokenKind.BlockString);
        token.Value.Should().Be(expected);
    }

    [Fact]
    public void Block_strings_remove_common_indentation_and_blank_edge_lines()
    {
        // The example of §2.9.4 Block Strings.
        var source = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"";

        Single(source).Value.Should().Be("Hello,\n  World!\n\nYours,\n  GraphQL.");
    }

    [Theory]
    [InlineData("\"\"\"\n\n    spans\n      multiple\n        lines\n\n    \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"    first\n    second\n      third\"\"\"", "    first\nsecond\n  third")]
    [InlineData("\"\"\"\n\t\tTabs\n\t\tcount\n\t\t\tas white space\n\"\"\"", "Tabs\ncount\n\tas white space")]
    [InlineData("\"\"\"\n  a\n \n  b\n\"\"\"", "a\n\nb")]
    [InlineData("\"\"\"\n  a\n     \n  b\n\"\"\"", "a\n   \nb")]
    [InlineData("\"\"\"\r\n  windows\r\n  lines\r\n\"\"\"", "windows\nlines")]
    [InlineData("\"\"\"\n  \\\"\"\"\n    quoted\n\"\"\"", "\"\"\"\n  quoted")]
    public void Block_string_indentation_follows_BlockStringValue(string source, string expected)
    {
        Single(source).Value.Should().Be(expected);
    }

    [Fact]
    public void Ignored_tokens_are_skipped()
    {
        var source = "\uFEFF ,,\t# a comment ,{ }\n  # another\r\n,name,";

        var tokens = Lex(source);

        tokens.Should().ContainSingle();
        tokens[0].Kind.Should().Be(TokenKind.Name);
        tokens[0].Text.Should().Be("name");
    }

    [Fact]
    public void Comments_may_hold_any_source_character()
    {
        Lex("# \U0001F600 \u0000 é \"\"\" \\u\nx").Select(t => t.Text).Should().Equal("x");
    }

    [Fact]
    public void Tokens_know_their_offsets_lines_and_columns()
    {
        var source = "{\n  a\r\n    b\r  c(x: 1)\n}";

        var tokens = Lex(source);

        tokens.Select(t => (t.Text, t.Token.Line, t.Token.Column)).Should().Equal(
            ("{", 1, 1),
            ("a", 2, 3),
            ("b", 3, 5),
            ("c", 4, 3),
            ("(", 4, 4),
            ("x", 4, 5),
            (":", 4, 6),
            ("1", 4, 8),
            (")", 4, 9),
            ("}", 5, 1));
        tokens[1].Token.Start.Should().Be(4);
        tokens[1].Token.End.Should().Be(5);
    }

    [Fact]
    public void Lines_inside_block_strings_count_for_the_tokens_after()
    {
        var tokens = Lex("\"\"\"\none\r\ntwo\rthree\n\"\"\" after");

        tokens[0].Token.Line.Should().Be(1);
        tokens[1].Text.Should().Be("after");
        tokens[1].Token.Line.Should().Be(5);
        tokens[1].Token.Column.Should().Be(5);
    }

    [Fact]
    public void End_of_file_is_located_after_the_last_character()
    {
        var lexer = new Lexer("a\n  ");
        lexer.Advance();

        var eof = lexer.Advance();

        eof.Kind.Should().Be(TokenKind.EndOfFile);
        (eof.Line, eof.Column, eof.Start).Should().Be((2, 3, 4));
        lexer.Advance().Kind.Should().Be(TokenKind.EndOfFile);
    }

    [Fact]
    public void Lookahead_does_not_move()
    {
        var lexer = new Lexer("a b");
        lexer.Advance();

        var next = lexer.Lookahead();

        lexer.GetText(next).Should().Be("b");
        lexer.GetText(lexer.Token).Should().Be("a");
        lexer.PreviousEnd.Should().Be(0);
        lexer.Advance().Should().Be(next);
        lexer.PreviousEnd.Should().Be(1);
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\n\n   ?", "Syntax Error: Unexpected character: \"?\".", 3, 4)]
    [InlineData("a\r\nb ~", "Syntax Error: Unexpected character: \"~\".", 2, 3)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("a .. b", "Syntax Error: Unexpected character: \".\".", 1, 3)]
    [InlineData("'name'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("\u00e9", "Syntax Error: Unexpected character: U+00E9.", 1, 1)]
    [InlineData("\U0001F600", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"no end", "Syntax Error: Unterminated string.", 1, 8)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"ends in escape\\", "Syntax Error: Unterminated string.", 1, 17)]
    [InlineData("\"\\u{1F600", "Syntax Error: Unterminated string.", 1, 10)]
    [InlineData("\"\"\"no end", "Syntax Error: Unterminated string.", 1, 10)]
    [InlineData("\"\"\"\nno\nend\"\"", "Syntax Error: Unterminated string.", 3, 6)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{12x} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12x\".", 1, 6)]
    [InlineData("\"bad \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"bad \\u{FFFFFFFFFFFF} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFFFFFF}\".", 1, 6)]
    [InlineData("\"bad \\u{D800} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 6)]
    [InlineData("\"bad \\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 6)]
    [InlineData("\"bad \\uD83D esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6)]
    [InlineData("\"bad \\uD83D\\u0041 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6)]
    [InlineData("\"bad \\uD83D\\uD83D esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("-01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 3)]
    [InlineData("0x1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e+", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 4)]
    [InlineData("1.0e-x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 6)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("1a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2)]
    [InlineData("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1.23f", "Syntax Error: Invalid number, expected digit but got: \"f\".", 1, 5)]
    [InlineData("1.2e3e", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 6)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1, 1)]
    public void Lexical_errors_report_message_and_location(string source, string message, int line, int column)
    {
        var act = () => Lex(source);

        var error = act.Should().Throw<GraphQLSyntaxException>().Which.Error;
        error.Message.Should().Be(message);
        error.Locations.Should().Equal(new SourceLocation(line, column));
        error.Code.Should().Be(ErrorCodes.ParseFailed);
    }

    [Fact]
    public void Lone_surrogates_are_not_source_characters()
    {
        // Kept out of [InlineData]: xunit replaces unpaired surrogates in serialized test data.
        (string Source, string Message, int Column)[] cases =
        [
            ("\"lone \uD800 surrogate\"", "Syntax Error: Invalid character within String: U+D800.", 7),
            ("\"lone \uDE00 surrogate\"", "Syntax Error: Invalid character within String: U+DE00.", 7),
            ("\"high at end \uD800", "Syntax Error: Invalid character within String: U+D800.", 14),
            ("\"\"\"lone \uD800 surrogate\"\"\"", "Syntax Error: Invalid character within String: U+D800.", 9),
            ("\uD800", "Syntax Error: Invalid character: U+D800.", 1),
            ("a \uDC00", "Syntax Error: Invalid character: U+DC00.", 3),
            ("# comment \uDC00\n", "Syntax Error: Invalid character: U+DC00.", 11),
        ];

        foreach (var (source, message, column) in cases)
        {
            var act = () => Lex(source);

            var error = act.Should().Throw<GraphQLSyntaxException>().Which.Error;
            error.Message.Should().Be(message);
            error.Locations.Should().Equal(new SourceLocation(1, column));
        }
    }

    private static List<LexedToken> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<LexedToken>();
        while (lexer.Advance() is { Kind: not TokenKind.EndOfFile } token)
        {
            var value = token.Kind is TokenKind.String or TokenKind.BlockString ? lexer.GetStringValue(token) : null;
            tokens.Add(new LexedToken(token, lexer.GetText(token), value));
        }

        return tokens;
    }

    private static LexedToken Single(string source)
    {
        var tokens = Lex(source);
        tokens.Should().ContainSingle();
        return tokens[0];
    }

    private sealed record LexedToken(Token Token, string Text, string? Value)
    {
        public TokenKind Kind => Token.Kind;
    }
}
