using GraphQL.Language.Ast;

namespace GraphQL.Language;

// §2.11 Type References (https://spec.graphql.org/September2025/#sec-Type-References)
public sealed partial class Parser
{
    /// <summary>
    /// <c>Type : NamedType | ListType | NonNullType</c>, with
    /// <c>ListType : [ Type ]</c> and <c>NonNullType : NamedType ! | ListType !</c>
    /// </summary>
    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (Peek(TokenKind.LeftBracket))
        {
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            ExitNesting();
            type = new ListTypeNode { Type = itemType, Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang)
            ? new NonNullTypeNode { Type = type, Location = LocationFrom(start) }
            : type;
    }

    /// <summary><c>NamedType : Name</c></summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = LocationFrom(start) };
    }
}
