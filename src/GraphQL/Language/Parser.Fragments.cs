using GraphQL.Language.Ast;

namespace GraphQL.Language;

// §2.8 Fragments (https://spec.graphql.org/September2025/#sec-Language.Fragments)
public sealed partial class Parser
{
    /// <summary>
    /// <c>FragmentSpread : ... FragmentName Directives?</c>
    /// <c>InlineFragment : ... TypeCondition? Directives? SelectionSet</c>
    /// </summary>
    /// <remarks>After <c>...</c>, a name other than <c>on</c> can only start a fragment spread.</remarks>
    private SelectionNode ParseFragment()
    {
        var start = Current;
        Expect(TokenKind.Spread);

        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Location = LocationFrom(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</c></summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        var typeCondition = ParseTypeCondition();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>FragmentName : Name but not on</c></summary>
    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    /// <summary><c>TypeCondition : on NamedType</c></summary>
    private NamedTypeNode ParseTypeCondition()
    {
        ExpectKeyword("on");
        return ParseNamedType();
    }
}
