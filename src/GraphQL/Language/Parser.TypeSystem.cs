using GraphQL.Language.Ast;

namespace GraphQL.Language;

// §3 Type System definitions (https://spec.graphql.org/September2025/#sec-Type-System)
public sealed partial class Parser
{
    /// <summary>
    /// <c>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition</c>, with
    /// <c>TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition</c>
    /// </summary>
    /// <param name="keyword">The keyword token, after the description when there is one.</param>
    private TypeSystemDefinitionNode ParseTypeSystemDefinition(Token keyword) => _lexer.GetSpan(keyword) switch
    {
        "schema" => ParseSchemaDefinition(),
        "scalar" => ParseScalarTypeDefinition(),
        "type" => ParseObjectTypeDefinition(),
        "interface" => ParseInterfaceTypeDefinition(),
        "union" => ParseUnionTypeDefinition(),
        "enum" => ParseEnumTypeDefinition(),
        "input" => ParseInputObjectTypeDefinition(),
        "directive" => ParseDirectiveDefinition(),
        _ => throw Unexpected(keyword),
    };

    /// <summary><c>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</c></summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        var operationTypes = new SyntaxListBuilder<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseRootOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes.ToList(),
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>RootOperationTypeDefinition : OperationType : NamedType</c></summary>
    private OperationTypeDefinitionNode ParseRootOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = LocationFrom(start) };
    }

    /// <summary>
    /// <c>{ RootOperationTypeDefinition+ }</c> where it is optional (schema extensions); empty when absent.
    /// </summary>
    private IReadOnlyList<OperationTypeDefinitionNode> ParseOptionalRootOperationTypeDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var operationTypes = new SyntaxListBuilder<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseRootOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return operationTypes.ToList();
    }

    /// <summary><c>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</c></summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c></summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType</c>; empty when absent.</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return [];
        }

        ExpectOptional(TokenKind.Ampersand);
        var interfaces = new SyntaxListBuilder<NamedTypeNode>();
        do
        {
            interfaces.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Ampersand));

        return interfaces.ToList();
    }

    /// <summary><c>FieldsDefinition : { FieldDefinition+ }</c>; empty when absent.</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = new SyntaxListBuilder<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return fields.ToList();
    }

    /// <summary><c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</c></summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>ArgumentsDefinition : ( InputValueDefinition+ )</c>; empty when absent.</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftParen))
        {
            return [];
        }

        var arguments = new SyntaxListBuilder<InputValueDefinitionNode>();
        do
        {
            arguments.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParen));

        return arguments.ToList();
    }

    /// <summary><c>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</c></summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ParseDefaultValue();
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c></summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</c></summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = types,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType</c>; empty when absent.</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!ExpectOptional(TokenKind.Equals))
        {
            return [];
        }

        ExpectOptional(TokenKind.Pipe);
        var types = new SyntaxListBuilder<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return types.ToList();
    }

    /// <summary><c>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</c></summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = values,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>EnumValuesDefinition : { EnumValueDefinition+ }</c>; empty when absent.</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var values = new SyntaxListBuilder<EnumValueDefinitionNode>();
        do
        {
            values.Add(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return values.ToList();
    }

    /// <summary><c>EnumValueDefinition : Description? EnumValue Directives[Const]?</c></summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>EnumValue : Name but not true, false or null</c></summary>
    private NameNode ParseEnumValueName()
    {
        var token = Current;
        if (IsKeyword(token, "true") || IsKeyword(token, "false") || IsKeyword(token, "null"))
        {
            throw SyntaxErrors.ReservedEnumValueName(_lexer, token);
        }

        return ParseName();
    }

    /// <summary><c>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</c></summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>InputFieldsDefinition : { InputValueDefinition+ }</c>; empty when absent.</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = new SyntaxListBuilder<InputValueDefinitionNode>();
        do
        {
            fields.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return fields.ToList();
    }
}
