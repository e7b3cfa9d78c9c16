using GraphQL.Language.Ast;

namespace GraphQL.Language;

// §2.12 Directives (https://spec.graphql.org/September2025/#sec-Language.Directives)
// and §3.13 Directive definitions (https://spec.graphql.org/September2025/#sec-Type-System.Directives)
public sealed partial class Parser
{
    /// <summary><c>Directives[Const] : Directive[?Const]+</c>; empty when absent.</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new SyntaxListBuilder<DirectiveNode>();
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return directives.ToList();
    }

    /// <summary><c>Directive[Const] : @ Name Arguments[?Const]?</c></summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Current;
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Location = LocationFrom(start) };
    }

    /// <summary><c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c></summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>DirectiveLocations : DirectiveLocations | DirectiveLocation | |? DirectiveLocation</c></summary>
    private IReadOnlyList<NameNode> ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        var locations = new SyntaxListBuilder<NameNode>();
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return locations.ToList();
    }

    /// <summary><c>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</c></summary>
    private NameNode ParseDirectiveLocation()
    {
        var token = Current;
        var name = ParseName();
        if (!DirectiveLocationNames.TryParse(name.Value, out _))
        {
            throw Unexpected(token);
        }

        return name;
    }
}
