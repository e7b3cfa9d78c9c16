using GraphQL.Language.Ast;

namespace GraphQL.Language;

// §2.9 Input Values (https://spec.graphql.org/September2025/#sec-Input-Values), §2.10 Variables
public sealed partial class Parser
{
    /// <summary>
    /// <c>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]</c>
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = _lexer.GetText(token), Location = LocationOf(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = _lexer.GetText(token), Location = LocationOf(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return _lexer.GetSpan(token) switch
                {
                    // BooleanValue : one of true false; NullValue : null; EnumValue : Name but not true, false or null
                    "true" => new BooleanValueNode { Value = true, Location = LocationOf(token) },
                    "false" => new BooleanValueNode { Value = false, Location = LocationOf(token) },
                    "null" => new NullValueNode { Location = LocationOf(token) },
                    _ => new EnumValueNode { Value = _lexer.GetText(token), Location = LocationOf(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    throw Peek(TokenKind.Name)
                        ? SyntaxErrors.UnexpectedVariableInConstant(_lexer, token, Current)
                        : Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary><c>StringValue :: "" | " StringCharacter+ " | BlockString</c> (§2.9.4)</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return new StringValueNode
        {
            Value = _lexer.GetStringValue(token),
            Block = token.Kind == TokenKind.BlockString,
            Location = LocationOf(token),
        };
    }

    /// <summary><c>ListValue[Const] : [ ] | [ Value[?Const]+ ]</c></summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        EnterNesting();
        Expect(TokenKind.LeftBracket);
        var values = new SyntaxListBuilder<ValueNode>();
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode { Values = values.ToList(), Location = LocationFrom(start) };
    }

    /// <summary><c>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</c></summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        EnterNesting();
        Expect(TokenKind.LeftBrace);
        var fields = new SyntaxListBuilder<ObjectFieldNode>();
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            fields.Add(ParseObjectField(isConst));
        }

        ExitNesting();
        return new ObjectValueNode { Fields = fields.ToList(), Location = LocationFrom(start) };
    }

    /// <summary><c>ObjectField[Const] : Name : Value[?Const]</c></summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = LocationFrom(start) };
    }

    /// <summary><c>Variable : $ Name</c></summary>
    private VariableNode ParseVariable()
    {
        var start = Current;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Location = LocationFrom(start) };
    }

    /// <summary><c>Description : StringValue</c> (§3.2); null when absent.</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);
}
