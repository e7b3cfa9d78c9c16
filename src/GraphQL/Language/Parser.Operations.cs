using GraphQL.Language.Ast;

namespace GraphQL.Language;

// §2.3 Operations, §2.4 Selection Sets, §2.5 Fields, §2.6 Arguments, §2.10 Variables
// (https://spec.graphql.org/September2025/#sec-Language.Operations)
public sealed partial class Parser
{
    /// <summary>
    /// <c>OperationDefinition :</c>
    /// <c>Description? OperationType Name? VariablesDefinition? Directives? SelectionSet</c>
    /// <c>| SelectionSet</c>
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = shorthand,
                Location = LocationFrom(start),
            };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variableDefinitions,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>OperationType : one of query mutation subscription</c></summary>
    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return _lexer.GetSpan(token) switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary><c>VariablesDefinition : ( VariableDefinition+ )</c>; empty when absent.</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParen))
        {
            return [];
        }

        var definitions = new SyntaxListBuilder<VariableDefinitionNode>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParen));

        return definitions.ToList();
    }

    /// <summary><c>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</c></summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ParseDefaultValue();
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>DefaultValue : = Value[Const]</c>; null when absent.</summary>
    private ValueNode? ParseDefaultValue() => ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;

    /// <summary><c>SelectionSet : { Selection+ }</c></summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        EnterNesting();
        Expect(TokenKind.LeftBrace);
        var selections = new SyntaxListBuilder<SelectionNode>();
        do
        {
            selections.Add(ParseSelection());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        ExitNesting();
        return new SelectionSetNode { Selections = selections.ToList(), Location = LocationFrom(start) };
    }

    /// <summary><c>Selection : Field | FragmentSpread | InlineFragment</c></summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>
    /// <c>Field : Alias? Name Arguments? Directives? SelectionSet?</c>, with <c>Alias : Name :</c>
    /// (§2.7 Field Alias).
    /// </summary>
    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>Arguments[Const] : ( Argument[?Const]+ )</c>; empty when absent.</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.LeftParen))
        {
            return [];
        }

        var arguments = new SyntaxListBuilder<ArgumentNode>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.RightParen));

        return arguments.ToList();
    }

    /// <summary><c>Argument[Const] : Name : Value[?Const]</c></summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode { Name = name, Value = value, Location = LocationFrom(start) };
    }

    /// <summary><c>Name :: NameStart NameContinue*</c> (§2.1.9)</summary>
    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode { Value = _lexer.GetText(token), Location = LocationOf(token) };
    }
}
