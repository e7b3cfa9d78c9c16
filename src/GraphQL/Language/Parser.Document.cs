using GraphQL.Language.Ast;

namespace GraphQL.Language;

// §2.2 Document (https://spec.graphql.org/September2025/#sec-Document)
public sealed partial class Parser
{
    /// <summary><c>Document : Definition+</c></summary>
    private DocumentNode ParseDocument()
    {
        var definitions = new SyntaxListBuilder<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));

        return new DocumentNode
        {
            Definitions = definitions.ToList(),
            Location = new Location(0, _lexer.Source.Length, 1, 1),
        };
    }

    /// <summary>
    /// <c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c>, chosen by the keyword,
    /// which follows the description when there is one.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.GetSpan(keyword))
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "schema" or "scalar" or "type" or "interface" or "union" or "enum" or "input" or "directive":
                    return ParseTypeSystemDefinition(keyword);
                case "extend":
                    if (hasDescription)
                    {
                        // §3.2: extensions carry no description.
                        throw SyntaxErrors.UnexpectedDescription(Current, "type system extensions");
                    }

                    return ParseTypeSystemExtension();
            }
        }
        else if (hasDescription && keyword.Kind == TokenKind.LeftBrace)
        {
            // The shorthand form is only "SelectionSet", without a description (§2.3).
            throw SyntaxErrors.UnexpectedDescription(Current, "shorthand queries");
        }

        throw Unexpected(keyword);
    }
}
