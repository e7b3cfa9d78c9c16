using GraphQL.Language.Ast;

namespace GraphQL.Language;

// §3.1 Type System Extensions (https://spec.graphql.org/September2025/#sec-Type-System-Extensions)
public sealed partial class Parser
{
    /// <summary>
    /// <c>TypeSystemExtension : SchemaExtension | TypeExtension</c>, with
    /// <c>TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension</c>
    /// </summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.GetSpan(keyword))
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectTypeExtension();
                case "interface":
                    return ParseInterfaceTypeExtension();
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// <c>SchemaExtension :</c>
    /// <c>extend schema Directives[Const]? { RootOperationTypeDefinition+ }</c>
    /// <c>| extend schema Directives[Const] [lookahead != {]</c>
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseOptionalRootOperationTypeDefinitions();
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = LocationFrom(start) };
    }

    /// <summary><c>ScalarTypeExtension : extend scalar Name Directives[Const]</c></summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    /// <summary>
    /// <c>ObjectTypeExtension :</c>
    /// <c>extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition</c>
    /// <c>| extend type Name ImplementsInterfaces? Directives[Const] [lookahead != {]</c>
    /// <c>| extend type Name ImplementsInterfaces [lookahead != {]</c>
    /// </summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// <summary>
    /// <c>InterfaceTypeExtension :</c>
    /// <c>extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition</c>
    /// <c>| extend interface Name ImplementsInterfaces? Directives[Const] [lookahead != {]</c>
    /// <c>| extend interface Name ImplementsInterfaces [lookahead != {]</c>
    /// </summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// <summary>
    /// <c>UnionTypeExtension :</c>
    /// <c>extend union Name Directives[Const]? UnionMemberTypes</c>
    /// <c>| extend union Name Directives[Const]</c>
    /// </summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = LocationFrom(start) };
    }

    /// <summary>
    /// <c>EnumTypeExtension :</c>
    /// <c>extend enum Name Directives[Const]? EnumValuesDefinition</c>
    /// <c>| extend enum Name Directives[Const] [lookahead != {]</c>
    /// </summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = LocationFrom(start) };
    }

    /// <summary>
    /// <c>InputObjectTypeExtension :</c>
    /// <c>extend input Name Directives[Const]? InputFieldsDefinition</c>
    /// <c>| extend input Name Directives[Const] [lookahead != {]</c>
    /// </summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = LocationFrom(start) };
    }
}
