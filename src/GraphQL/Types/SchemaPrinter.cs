using System.Text;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js 16's <c>printSchema</c> does (<c>utilities/printSchema.ts</c>), so the
/// two can be compared character for character (<c>scripts/checks/sdl-crosscheck.sh</c>).
/// </summary>
/// <remarks>
/// <para>
/// The output is: the <c>schema</c> block, when the schema has a description or a root type without its default name;
/// then the directive definitions other than the built-in ones, in definition order; then the named types other than
/// the specified scalars and the introspection types, in <see cref="Schema.Types"/> order. Definitions are separated by
/// a blank line, and there is no newline at the end.
/// </para>
/// <para>
/// <see cref="Schema.Types"/> lists the declared types first, in declaration order (for SDL, the order of the type
/// definitions in the documents; extensions do not move a type), which is the order graphql-js's
/// <c>schema.getTypeMap()</c> has for a schema built with <c>buildSchema</c>. <see cref="SchemaPrinterOptions.SortTypes"/>
/// sorts them by name instead.
/// </para>
/// <para>
/// Descriptions print as block strings when a block string can hold them, else as quoted strings. Arguments go on one
/// line unless one has a description. Default values print from their coerced value (see <see cref="DefaultValueLiteral"/>).
/// <c>@deprecated</c> (without <c>reason:</c> when it is the default reason), <c>@specifiedBy</c> and <c>@oneOf</c> are
/// printed; other applied directives only with <see cref="SchemaPrinterOptions.IncludeAppliedDirectives"/>.
/// </para>
/// </remarks>
public static class SchemaPrinter
{
    private const string Indent = "  ";

    /// <summary>The schema's SDL (see the class remarks for what is printed, and in which order).</summary>
    public static string Print(Schema schema, SchemaPrinterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var context = new Context(options ?? SchemaPrinterOptions.Default, schema);
        var definitions = new List<string>();
        if (PrintSchemaDefinition(schema, context) is { } schemaDefinition)
        {
            definitions.Add(schemaDefinition);
        }

        foreach (var directive in schema.DirectiveDefinitions)
        {
            if (!DirectiveDefinition.IsBuiltInName(directive.Name))
            {
                definitions.Add(PrintDirective(directive, context));
            }
        }

        IEnumerable<INamedType> types = schema.Types;
        if (context.Options.SortTypes)
        {
            types = types.OrderBy(static type => type.Name, StringComparer.Ordinal);
        }

        foreach (var type in types)
        {
            if (IsDefinedType(type))
            {
                definitions.Add(PrintType(type, context));
            }
        }

        return string.Join("\n\n", definitions);
    }

    /// <summary>One type's definition, as <see cref="Print"/> writes it.</summary>
    public static string PrintType(INamedType type, SchemaPrinterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return PrintType(type, new Context(options ?? SchemaPrinterOptions.Default, Schema: null));
    }

    /// <summary>One directive definition, as <see cref="Print"/> writes it.</summary>
    public static string PrintDirective(DirectiveDefinition directive, SchemaPrinterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return PrintDirective(directive, new Context(options ?? SchemaPrinterOptions.Default, Schema: null));
    }

    // graphql-js leaves out the specified scalars by name, and the introspection types.
    private static bool IsDefinedType(INamedType type) =>
        Scalars.GetSpecified(type.Name) is null && type is not NamedTypeBase { IsIntrospection: true } && !type.Name.StartsWith("__", StringComparison.Ordinal);

    private static string? PrintSchemaDefinition(Schema schema, Context context)
    {
        var directives = PrintAppliedDirectives(schema, context);
        if (schema.Description is null && HasDefaultRootNames(schema) && directives.Length == 0)
        {
            return null;
        }

        var operationTypes = new List<string> { $"{Indent}query: {schema.QueryType.Name}" };
        if (schema.MutationType is { } mutation)
        {
            operationTypes.Add($"{Indent}mutation: {mutation.Name}");
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operationTypes.Add($"{Indent}subscription: {subscription.Name}");
        }

        return PrintDescription(schema.Description) + "schema" + directives + " {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    // When the root types have these names, the schema block can be left out (§3.3.1 Default Root Operation Type Names).
    private static bool HasDefaultRootNames(Schema schema) =>
        schema.QueryType.Name == "Query"
        && schema.MutationType is null or { Name: "Mutation" }
        && schema.SubscriptionType is null or { Name: "Subscription" };

    private static string PrintType(INamedType type, Context context) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar) + PrintAppliedDirectives(scalar, context),
        ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintComplexTypeBody(obj, context),
        InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintComplexTypeBody(iface, context),
        UnionType union => PrintUnion(union, context),
        EnumType enumType => PrintEnum(enumType, context),
        InputObjectType input => PrintInputObject(input, context),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    private static string PrintComplexTypeBody(ComplexType type, Context context)
    {
        var implements = type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(static i => i.Name)) : "";
        var fields = type.Fields.Select((field, i) =>
            PrintDescription(field.Description, Indent, i == 0)
            + Indent + field.Name + PrintArguments(field.Arguments, Indent, context) + ": " + field.Type
            + PrintDeprecated(field.DeprecationReason) + PrintAppliedDirectives(field, context));
        return implements + PrintAppliedDirectives(type, context) + PrintBlock(fields);
    }

    private static string PrintUnion(UnionType union, Context context)
    {
        var members = union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(static member => member.Name)) : "";
        return PrintDescription(union.Description) + "union " + union.Name + PrintAppliedDirectives(union, context) + members;
    }

    private static string PrintEnum(EnumType enumType, Context context)
    {
        var values = enumType.Values.Select((value, i) =>
            PrintDescription(value.Description, Indent, i == 0)
            + Indent + value.Name + PrintDeprecated(value.DeprecationReason) + PrintAppliedDirectives(value, context));
        return PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintAppliedDirectives(enumType, context) + PrintBlock(values);
    }

    private static string PrintInputObject(InputObjectType input, Context context)
    {
        var fields = input.Fields.Select((field, i) =>
            PrintDescription(field.Description, Indent, i == 0) + Indent + PrintInputValue(field, context));
        return PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "")
            + PrintAppliedDirectives(input, context) + PrintBlock(fields);
    }

    private static string PrintDirective(DirectiveDefinition directive, Context context) =>
        PrintDescription(directive.Description)
        + "directive @" + directive.Name
        + PrintArguments(directive.Arguments, "", context)
        + (directive.IsRepeatable ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.Locations.Select(DirectiveLocationNames.GetName));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var lines = string.Join("\n", items);
        return lines.Length > 0 ? " {\n" + lines + "\n}" : "";
    }

    /// <summary>On one line when no argument has a description (an empty one does not count), else one per line.</summary>
    private static string PrintArguments(DefinitionCollection<InputValueDefinition> arguments, string indentation, Context context)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(static argument => string.IsNullOrEmpty(argument.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(argument => PrintInputValue(argument, context))) + ")";
        }

        var lines = arguments.Select((argument, i) =>
            PrintDescription(argument.Description, Indent + indentation, i == 0) + Indent + indentation + PrintInputValue(argument, context));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition inputValue, Context context)
    {
        var declaration = inputValue.Name + ": " + inputValue.Type;
        if (DefaultValueLiteral.Of(inputValue) is { } defaultValue)
        {
            declaration += " = " + Printer.Print(defaultValue);
        }

        return declaration + PrintDeprecated(inputValue.DeprecationReason) + PrintAppliedDirectives(inputValue, context);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => "",
        DirectiveDefinition.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + PrintString(reason) + ")",
    };

    private static string PrintSpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is { } url ? " @specifiedBy(url: " + PrintString(url) + ")" : "";

    /// <summary>
    /// The description and a line break, indented like the element; an element that is not first in its block gets a
    /// blank line before its description.
    /// </summary>
    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var literal = SdlBlockString.IsPrintable(description) ? SdlBlockString.Print(description) : PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    private static string PrintString(string value) => Printer.Print(new StringValueNode { Value = value });

    /// <summary>The custom applied directives, each after a space, when the options ask for them.</summary>
    private static string PrintAppliedDirectives(SchemaElement element, Context context)
    {
        if (!context.Options.IncludeAppliedDirectives || element.Directives.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var directive in element.Directives)
        {
            text.Append(' ').Append(Printer.Print(directive.Syntax ?? ToSyntax(directive, context)));
        }

        return text.ToString();
    }

    /// <summary>
    /// The syntax of a directive applied in code: its arguments as literals of the definition's argument types when the
    /// schema defines the directive, else as JSON-like literals.
    /// </summary>
    private static DirectiveNode ToSyntax(AppliedDirective directive, Context context)
    {
        var definition = context.Schema?.GetDirectiveDefinition(directive.Name);
        var arguments = new List<ArgumentNode>(directive.Arguments.Count);
        foreach (var (name, value) in directive.Arguments)
        {
            ValueNode literal = definition?.GetArgument(name) is { } argument
                ? ValueCoercion.ValueToLiteral(value, argument.Type)
                : value is null ? new NullValueNode() : Scalars.Json.ValueToLiteral(value);
            arguments.Add(new ArgumentNode { Name = new NameNode { Value = name }, Value = literal });
        }

        return new DirectiveNode { Name = new NameNode { Value = directive.Name }, Arguments = arguments };
    }

    /// <summary>What printing one schema needs besides the element at hand.</summary>
    /// <param name="Schema">Where the definitions of directives applied in code are looked up; <c>null</c> when printing one type.</param>
    private sealed record Context(SchemaPrinterOptions Options, Schema? Schema);
}
