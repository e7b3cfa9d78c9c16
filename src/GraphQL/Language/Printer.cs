using System.Globalization;
using System.Text;
using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>
/// Prints a syntax tree as canonical GraphQL source, in the layout of graphql-js's <c>print</c>: two-space
/// indentation, one selection or definition member per line, definitions separated by a blank line,
/// the <c>query</c> keyword left out for an anonymous query without variables, directives or description,
/// descriptions above what they describe, and block strings kept as block strings.
/// </summary>
/// <remarks>
/// Printing is canonical: <c>Print(Parse(Print(x))) == Print(x)</c>. Ignored tokens (comments, commas)
/// are not part of the tree and are not printed.
/// </remarks>
public sealed class Printer
{
    // graphql-js wraps a field's arguments onto separate lines beyond this length.
    private const int MaxLineLength = 80;

    private readonly StringBuilder _output = new();
    private int _indent;

    private Printer()
    {
    }

    /// <summary>Prints <paramref name="node"/> and everything below it.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var printer = new Printer();
        printer.PrintNode(node);
        return printer._output.ToString();
    }

    private void PrintNode(SyntaxNode node)
    {
        switch (node)
        {
            case NameNode name:
                Write(name.Value);
                break;
            case DocumentNode document:
                PrintDocument(document);
                break;
            case OperationDefinitionNode operation:
                PrintOperationDefinition(operation);
                break;
            case VariableDefinitionNode variableDefinition:
                PrintVariableDefinition(variableDefinition);
                break;
            case SelectionSetNode selectionSet:
                PrintBlock(selectionSet.Selections);
                break;
            case FieldNode field:
                PrintField(field);
                break;
            case ArgumentNode argument:
                PrintNameAndValue(argument.Name, argument.Value);
                break;
            case FragmentSpreadNode spread:
                Write("...");
                Write(spread.Name.Value);
                PrintDirectives(spread.Directives);
                break;
            case InlineFragmentNode inlineFragment:
                PrintInlineFragment(inlineFragment);
                break;
            case FragmentDefinitionNode fragment:
                PrintFragmentDefinition(fragment);
                break;
            case ValueNode value:
                PrintValue(value);
                break;
            case ObjectFieldNode objectField:
                PrintNameAndValue(objectField.Name, objectField.Value);
                break;
            case DirectiveNode directive:
                PrintDirective(directive);
                break;
            case TypeNode type:
                PrintType(type);
                break;
            case OperationTypeDefinitionNode operationType:
                Write(OperationKeyword(operationType.Operation));
                Write(": ");
                Write(operationType.Type.Name.Value);
                break;
            case FieldDefinitionNode fieldDefinition:
                PrintFieldDefinition(fieldDefinition);
                break;
            case InputValueDefinitionNode inputValue:
                PrintInputValueDefinition(inputValue);
                break;
            case EnumValueDefinitionNode enumValue:
                PrintDescription(enumValue.Description);
                Write(enumValue.Name.Value);
                PrintDirectives(enumValue.Directives);
                break;
            case TypeSystemDefinitionNode definition:
                PrintTypeSystemDefinition(definition);
                break;
            case TypeSystemExtensionNode extension:
                PrintTypeSystemExtension(extension);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown syntax kind.");
        }
    }

    private void PrintDocument(DocumentNode document)
    {
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            if (i > 0)
            {
                Write("\n\n");
            }

            PrintNode(document.Definitions[i]);
        }
    }

    private void PrintOperationDefinition(OperationDefinitionNode operation)
    {
        // The shorthand form (§2.3) cannot carry a name, variables, directives or a description.
        var isShorthand = operation.Operation == OperationType.Query && operation.Name is null
            && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0 && operation.Description is null;
        if (!isShorthand)
        {
            PrintDescription(operation.Description);
            Write(OperationKeyword(operation.Operation));
            if (operation.Name is not null)
            {
                Write(" ");
                Write(operation.Name.Value);
            }
            else if (operation.VariableDefinitions.Count > 0)
            {
                Write(" ");
            }

            PrintInputList(operation.VariableDefinitions);
            PrintDirectives(operation.Directives);
            Write(" ");
        }

        PrintBlock(operation.SelectionSet.Selections);
    }

    private void PrintVariableDefinition(VariableDefinitionNode definition)
    {
        PrintDescription(definition.Description);
        PrintValue(definition.Variable);
        Write(": ");
        PrintType(definition.Type);
        if (definition.DefaultValue is not null)
        {
            Write(" = ");
            PrintValue(definition.DefaultValue);
        }

        PrintDirectives(definition.Directives);
    }

    private void PrintField(FieldNode field)
    {
        var start = _output.Length;
        if (field.Alias is not null)
        {
            Write(field.Alias.Value);
            Write(": ");
        }

        Write(field.Name.Value);
        if (field.Arguments.Count > 0)
        {
            // Like graphql-js: arguments stay on the field's line unless that line grows too long.
            var flat = Render(printer => printer.PrintList("(", field.Arguments, ", ", ")"));
            if (_output.Length - start + flat.Length > MaxLineLength)
            {
                PrintBlock("(", field.Arguments, ")");
            }
            else
            {
                Write(flat);
            }
        }

        PrintDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            Write(" ");
            PrintBlock(field.SelectionSet.Selections);
        }
    }

    private void PrintInlineFragment(InlineFragmentNode fragment)
    {
        Write("...");
        if (fragment.TypeCondition is not null)
        {
            Write(" on ");
            Write(fragment.TypeCondition.Name.Value);
        }

        PrintDirectives(fragment.Directives);
        Write(" ");
        PrintBlock(fragment.SelectionSet.Selections);
    }

    private void PrintFragmentDefinition(FragmentDefinitionNode fragment)
    {
        PrintDescription(fragment.Description);
        Write("fragment ");
        Write(fragment.Name.Value);
        Write(" on ");
        Write(fragment.TypeCondition.Name.Value);
        PrintDirectives(fragment.Directives);
        Write(" ");
        PrintBlock(fragment.SelectionSet.Selections);
    }

    private void PrintValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                Write("$");
                Write(variable.Name.Value);
                break;
            case IntValueNode intValue:
                Write(intValue.Value);
                break;
            case FloatValueNode floatValue:
                Write(floatValue.Value);
                break;
            case StringValueNode stringValue:
                PrintString(stringValue);
                break;
            case BooleanValueNode booleanValue:
                Write(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                Write("null");
                break;
            case EnumValueNode enumValue:
                Write(enumValue.Value);
                break;
            case ListValueNode list:
                PrintList("[", list.Values, ", ", "]");
                break;
            case ObjectValueNode obj:
                PrintList("{", obj.Fields, ", ", "}");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown value kind.");
        }
    }

    private void PrintString(StringValueNode value)
    {
        // A value that no block string can reproduce (say, with a carriage return) falls back to quotes.
        var block = value.Block ? BlockString.TryPrint(value.Value) : null;
        Write(block ?? Quote(value.Value));
    }

    private void PrintType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                Write(named.Name.Value);
                break;
            case ListTypeNode list:
                Write("[");
                PrintType(list.Type);
                Write("]");
                break;
            case NonNullTypeNode nonNull:
                PrintType(nonNull.Type);
                Write("!");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind.");
        }
    }

    private void PrintDirective(DirectiveNode directive)
    {
        Write("@");
        Write(directive.Name.Value);
        if (directive.Arguments.Count > 0)
        {
            PrintList("(", directive.Arguments, ", ", ")");
        }
    }

    private void PrintTypeSystemDefinition(TypeSystemDefinitionNode definition)
    {
        PrintDescription(definition.Description);
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                Write("schema");
                PrintDirectives(schema.Directives);
                Write(" ");
                PrintBlock(schema.OperationTypes);
                break;
            case ScalarTypeDefinitionNode scalar:
                Write("scalar ");
                Write(scalar.Name.Value);
                PrintDirectives(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                Write("type ");
                Write(objectType.Name.Value);
                PrintImplementsInterfaces(objectType.Interfaces);
                PrintDirectives(objectType.Directives);
                PrintOptionalBlock(objectType.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                Write("interface ");
                Write(interfaceType.Name.Value);
                PrintImplementsInterfaces(interfaceType.Interfaces);
                PrintDirectives(interfaceType.Directives);
                PrintOptionalBlock(interfaceType.Fields);
                break;
            case UnionTypeDefinitionNode union:
                Write("union ");
                Write(union.Name.Value);
                PrintDirectives(union.Directives);
                PrintUnionMemberTypes(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                Write("enum ");
                Write(enumType.Name.Value);
                PrintDirectives(enumType.Directives);
                PrintOptionalBlock(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode inputType:
                Write("input ");
                Write(inputType.Name.Value);
                PrintDirectives(inputType.Directives);
                PrintOptionalBlock(inputType.Fields);
                break;
            case DirectiveDefinitionNode directive:
                Write("directive @");
                Write(directive.Name.Value);
                PrintInputList(directive.Arguments);
                if (directive.Repeatable)
                {
                    Write(" repeatable");
                }

                Write(" on ");
                PrintList(string.Empty, directive.Locations, " | ", string.Empty);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(definition), definition.Kind, "Unknown definition kind.");
        }
    }

    private void PrintTypeSystemExtension(TypeSystemExtensionNode extension)
    {
        switch (extension)
        {
            case SchemaExtensionNode schema:
                Write("extend schema");
                PrintDirectives(schema.Directives);
                PrintOptionalBlock(schema.OperationTypes);
                break;
            case ScalarTypeExtensionNode scalar:
                Write("extend scalar ");
                Write(scalar.Name.Value);
                PrintDirectives(scalar.Directives);
                break;
            case ObjectTypeExtensionNode objectType:
                Write("extend type ");
                Write(objectType.Name.Value);
                PrintImplementsInterfaces(objectType.Interfaces);
                PrintDirectives(objectType.Directives);
                PrintOptionalBlock(objectType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceType:
                Write("extend interface ");
                Write(interfaceType.Name.Value);
                PrintImplementsInterfaces(interfaceType.Interfaces);
                PrintDirectives(interfaceType.Directives);
                PrintOptionalBlock(interfaceType.Fields);
                break;
            case UnionTypeExtensionNode union:
                Write("extend union ");
                Write(union.Name.Value);
                PrintDirectives(union.Directives);
                PrintUnionMemberTypes(union.Types);
                break;
            case EnumTypeExtensionNode enumType:
                Write("extend enum ");
                Write(enumType.Name.Value);
                PrintDirectives(enumType.Directives);
                PrintOptionalBlock(enumType.Values);
                break;
            case InputObjectTypeExtensionNode inputType:
                Write("extend input ");
                Write(inputType.Name.Value);
                PrintDirectives(inputType.Directives);
                PrintOptionalBlock(inputType.Fields);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(extension), extension.Kind, "Unknown extension kind.");
        }
    }

    private void PrintFieldDefinition(FieldDefinitionNode field)
    {
        PrintDescription(field.Description);
        Write(field.Name.Value);
        PrintInputList(field.Arguments);
        Write(": ");
        PrintType(field.Type);
        PrintDirectives(field.Directives);
    }

    private void PrintInputValueDefinition(InputValueDefinitionNode inputValue)
    {
        PrintDescription(inputValue.Description);
        Write(inputValue.Name.Value);
        Write(": ");
        PrintType(inputValue.Type);
        if (inputValue.DefaultValue is not null)
        {
            Write(" = ");
            PrintValue(inputValue.DefaultValue);
        }

        PrintDirectives(inputValue.Directives);
    }

    private void PrintImplementsInterfaces(IReadOnlyList<NamedTypeNode> interfaces)
    {
        if (interfaces.Count > 0)
        {
            PrintList(" implements ", interfaces, " & ", string.Empty);
        }
    }

    private void PrintUnionMemberTypes(IReadOnlyList<NamedTypeNode> types)
    {
        if (types.Count > 0)
        {
            PrintList(" = ", types, " | ", string.Empty);
        }
    }

    /// <summary>
    /// Variable definitions and argument definitions: on one line, or one per line when any of them
    /// spans several lines (a description, a block string default value).
    /// </summary>
    private void PrintInputList<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        var flat = Render(printer => printer.PrintList("(", items, ", ", ")"));
        if (flat.Contains('\n', StringComparison.Ordinal))
        {
            PrintBlock("(", items, ")");
        }
        else
        {
            Write(flat);
        }
    }

    private void PrintDescription(StringValueNode? description)
    {
        if (description is not null)
        {
            PrintString(description);
            NewLine();
        }
    }

    private void PrintDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            Write(" ");
            PrintDirective(directives[i]);
        }
    }

    private void PrintNameAndValue(NameNode name, ValueNode value)
    {
        Write(name.Value);
        Write(": ");
        PrintValue(value);
    }

    private void PrintList<T>(string open, IReadOnlyList<T> items, string separator, string close)
        where T : SyntaxNode
    {
        Write(open);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Write(separator);
            }

            PrintNode(items[i]);
        }

        Write(close);
    }

    private void PrintOptionalBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count > 0)
        {
            Write(" ");
            PrintBlock(items);
        }
    }

    private void PrintBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode =>
        PrintBlock("{", items, "}");

    /// <summary>The items one per line, indented one level more than the brackets around them.</summary>
    private void PrintBlock<T>(string open, IReadOnlyList<T> items, string close)
        where T : SyntaxNode
    {
        Write(open);
        _indent++;
        for (var i = 0; i < items.Count; i++)
        {
            NewLine();
            PrintNode(items[i]);
        }

        _indent--;
        NewLine();
        Write(close);
    }

    /// <summary>Prints at indentation zero into a separate buffer, to measure before choosing a layout.</summary>
    private static string Render(Action<Printer> print)
    {
        var printer = new Printer();
        print(printer);
        return printer._output.ToString();
    }

    /// <summary>Appends text; a line break inside it (block strings, rendered parts) continues at the current indentation.</summary>
    private void Write(string text)
    {
        if (_indent == 0)
        {
            _output.Append(text);
            return;
        }

        var start = 0;
        int newLine;
        while ((newLine = text.IndexOf('\n', start)) >= 0)
        {
            _output.Append(text, start, newLine - start);
            NewLine();
            start = newLine + 1;
        }

        _output.Append(text, start, text.Length - start);
    }

    private void NewLine() => _output.Append('\n').Append(' ', _indent * 2);

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    /// <summary>A quoted string, escaping quotes, backslashes and control characters (§2.9.4 "When producing a StringValue").</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
