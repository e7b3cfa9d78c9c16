using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>
/// Recursive descent parser for GraphQL documents
/// (<see href="https://spec.graphql.org/September2025/#sec-Appendix-Grammar-Summary">Appendix: Grammar Summary</see>).
/// </summary>
/// <remarks>
/// <para>
/// One <c>ParseXxx</c> method per grammar production, with the production in its doc comment; the
/// methods are split by spec section into the <c>Parser.*.cs</c> partial files. This file holds the
/// entry points and the token helpers they share.
/// </para>
/// <para>
/// Errors are thrown as <see cref="GraphQLSyntaxException"/> from the point of failure and caught
/// only by <see cref="TryParse"/>; the limits of <see cref="ParserOptions"/> are checked as tokens are
/// read and as nesting deepens, so a hostile document fails before it costs much.
/// </para>
/// </remarks>
public sealed partial class Parser
{
    private readonly ParserOptions _options;
    private Lexer _lexer;
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _options = options ?? ParserOptions.Default;
        if (source.Length > _options.MaxDocumentLength)
        {
            throw SyntaxErrors.DocumentTooLarge(source.Length, _options.MaxDocumentLength);
        }

        _lexer = new Lexer(source);
        Advance();
    }

    /// <summary>Parses a whole document, executable or type system.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not a valid document, or breaks a limit of <paramref name="options"/>.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        new Parser(source, options).ParseDocument();

    /// <summary>Parses a whole document, reporting a syntax error instead of throwing it.</summary>
    public static bool TryParse(
        string source,
        [NotNullWhen(true)] out DocumentNode? document,
        [NotNullWhen(false)] out GraphQLError? error,
        ParserOptions? options = null)
    {
        try
        {
            document = Parse(source, options);
            error = null;
            return true;
        }
        catch (GraphQLSyntaxException exception)
        {
            document = null;
            error = exception.Error;
            return false;
        }
    }

    /// <summary>Parses a single value, variables allowed (<c>Value[~Const]</c>), such as <c>[1, $two]</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one value.</exception>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value (<c>Value[Const]</c>), as in a default value: variables are an error.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one constant value.</exception>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single type reference, such as <c>[String!]!</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one type reference.</exception>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private Token Current => _lexer.Token;

    /// <summary>Moves to the next token, counting it against <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw SyntaxErrors.TooManyTokens(token, _options.MaxTokens);
        }
    }

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    /// <summary>Consumes a token of the given kind, or fails with "Expected …, found …".</summary>
    private Token Expect(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw SyntaxErrors.Expected(_lexer, kind, token);
        }

        Advance();
        return token;
    }

    /// <summary>Consumes a token of the given kind if it is the current one.</summary>
    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private bool PeekKeyword(string keyword) => IsKeyword(_lexer.Token, keyword);

    private bool IsKeyword(Token token, string keyword) =>
        token.Kind == TokenKind.Name && _lexer.GetSpan(token).SequenceEqual(keyword);

    /// <summary>Consumes a name that must be the given keyword, or fails with "Expected "keyword", found …".</summary>
    private void ExpectKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            throw SyntaxErrors.ExpectedKeyword(_lexer, keyword, _lexer.Token);
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private GraphQLSyntaxException Unexpected() => SyntaxErrors.Unexpected(_lexer, _lexer.Token);

    private GraphQLSyntaxException Unexpected(Token token) => SyntaxErrors.Unexpected(_lexer, token);

    /// <summary>The location of a node that began with <paramref name="start"/> and ended with the last consumed token.</summary>
    private Location LocationFrom(Token start) => new(start.Start, _lexer.PreviousEnd, start.Line, start.Column);

    private static Location LocationOf(Token token) => new(token.Start, token.End, token.Line, token.Column);

    /// <summary>
    /// Called before each nested selection set, list, object or list type, so deep input fails with
    /// <see cref="ErrorCodes.MaxDepthExceeded"/> long before the stack could overflow.
    /// </summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw SyntaxErrors.TooDeep(_lexer.Token, _options.MaxDepth);
        }
    }

    private void ExitNesting() => _depth--;
}
