using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every literal value can be coerced to the type expected where it stands
/// (<see href="https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type">Values of Correct Type</see>),
/// names only fields its input object type defines
/// (<see href="https://spec.graphql.org/September2025/#sec-Input-Object-Field-Names">Input Object Field Names</see>)
/// and gives every required one
/// (<see href="https://spec.graphql.org/September2025/#sec-Input-Object-Required-Fields">Input Object Required Fields</see>);
/// a value of a OneOf Input Object gives exactly one field, not <c>null</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-OneOf-Input-Objects">OneOf Input Objects</see>).
/// </summary>
/// <remarks>
/// <para>
/// Scalar and enum literals are checked by the type's own literal coercion (<see cref="ILeafType.CoerceInputLiteral"/>),
/// so custom scalars decide what they accept; its message becomes the error's (any other exception it throws makes
/// the literal invalid too). The provided scalars (<c>UUID</c>, <c>DateTime</c>, <c>Date</c>, <c>Long</c>,
/// <c>Decimal</c>) therefore reject malformed literals that graphql-js, which knows nothing of them, accepts.
/// </para>
/// <para>
/// Variables are not values here (<see cref="VariablesInAllowedPositionRule"/> checks them), and values where the
/// schema expects nothing known (an unknown argument) are left to the rules for unknown names.
/// </para>
/// <para>Descriptions are string literals that are not values, so they are skipped.</para>
/// </remarks>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public static string BadValueMessage(IType type, string printedValue) => $"Expected value of type \"{type}\", found {printedValue}.";

    public static string BadValueMessage(IType type, string printedValue, string reason) =>
        $"Expected value of type \"{type}\", found {printedValue}; {reason}";

    public static string UnknownFieldMessage(string fieldName, string typeName, IReadOnlyList<string> suggestions) =>
        $"Field \"{fieldName}\" is not defined by type \"{typeName}\"." + Suggestions.DidYouMean(suggestions);

    public static string MissingRequiredFieldMessage(string typeName, string fieldName, IType fieldType) =>
        $"Field \"{typeName}.{fieldName}\" of required type \"{fieldType}\" was not provided.";

    public static string OneOfKeyCountMessage(string typeName) => $"OneOf Input Object \"{typeName}\" must specify exactly one key.";

    public static string OneOfNullFieldMessage(string typeName, string fieldName) => $"Field \"{typeName}.{fieldName}\" must be non-null.";

    /// <summary>The enum's rejection of a literal followed by the values it resembles, as graphql-js words it.</summary>
    public static string EnumValueMessage(string coercionMessage, IReadOnlyList<string> suggestions) =>
        coercionMessage + Suggestions.DidYouMean("the enum value", suggestions);

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // TypeInfo has already entered the list, so the list's own type is the parent input type.
        protected override VisitorAction EnterListValue(ListValueNode node)
        {
            if (context.TypeInfo.ParentInputType?.NullableType() is ListType)
            {
                return VisitorAction.Continue;
            }

            CheckLeafOrReport(node);
            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterObjectValue(ObjectValueNode node)
        {
            if (context.TypeInfo.InputType?.NamedType() is not InputObjectType type)
            {
                CheckLeafOrReport(node);
                return VisitorAction.SkipChildren;
            }

            foreach (var field in type.Fields)
            {
                if (field.IsRequired && FindField(node, field.Name) is null)
                {
                    context.ReportError(GraphQLError.Validation(MissingRequiredFieldMessage(type.Name, field.Name, field.Type), node));
                }
            }

            if (type.IsOneOf)
            {
                CheckOneOf(node, type);
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterObjectField(ObjectFieldNode node)
        {
            var typeInfo = context.TypeInfo;
            if (typeInfo.InputType is null && typeInfo.ParentInputType?.NamedType() is InputObjectType parentType)
            {
                var name = node.Name.Value;
                var suggestions = Suggestions.SuggestionList(name, NamesOf(parentType));
                context.ReportError(GraphQLError.Validation(UnknownFieldMessage(name, parentType.Name, suggestions), node));
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterNullValue(NullValueNode node)
        {
            if (context.TypeInfo.InputType is NonNullType type)
            {
                context.ReportError(GraphQLError.Validation(BadValueMessage(type, "null"), node));
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterEnumValue(EnumValueNode node) => CheckLeaf(node);

        protected override VisitorAction EnterIntValue(IntValueNode node) => CheckLeaf(node);

        protected override VisitorAction EnterFloatValue(FloatValueNode node) => CheckLeaf(node);

        protected override VisitorAction EnterBooleanValue(BooleanValueNode node) => CheckLeaf(node);

        protected override VisitorAction EnterStringValue(StringValueNode node) =>
            IsDescription(node, Parent) ? VisitorAction.Continue : CheckLeaf(node);

        private VisitorAction CheckLeaf(ValueNode node)
        {
            CheckLeafOrReport(node);
            return VisitorAction.Continue;
        }

        // The error is reported at the type the location declares, with its "!", as the user wrote it.
        private void CheckLeafOrReport(ValueNode node)
        {
            if (context.TypeInfo.InputType is not { } locationType)
            {
                return;
            }

            switch (locationType.NamedType())
            {
                case EnumType enumType:
                    try
                    {
                        enumType.CoerceInputLiteral(node);
                    }
                    catch (GraphQLCoercionException exception)
                    {
                        var printed = Printer.Print(node);
                        var suggestions = Suggestions.SuggestionList(printed, NamesOf(enumType));
                        context.ReportError(GraphQLError.Validation(EnumValueMessage(exception.Message, suggestions), node));
                    }

                    break;
                case ScalarType scalarType:
                    CheckScalar(node, scalarType, locationType);
                    break;
                default:
                    context.ReportError(GraphQLError.Validation(BadValueMessage(locationType, Printer.Print(node)), node));
                    break;
            }
        }

        private void CheckScalar(ValueNode node, ScalarType scalarType, IInputType locationType)
        {
            string? message;
            try
            {
                // Variables nested in a literal (of a JSON-like scalar) have no values during validation.
                message = scalarType.CoerceInputLiteral(node, variables: null) is null
                    ? BadValueMessage(locationType, Printer.Print(node))
                    : null;
            }
            catch (GraphQLCoercionException exception)
            {
                message = exception.Message;
            }
            catch (Exception exception)
            {
                // A custom scalar that throws something else still makes the value invalid, not the request fail.
                message = BadValueMessage(locationType, Printer.Print(node), exception.Message);
            }

            if (message is not null)
            {
                context.ReportError(GraphQLError.Validation(message, node));
            }
        }

        // A OneOf value names exactly one field; when a name is repeated, the last one counts (and is reported by
        // UniqueInputFieldNamesRule).
        private void CheckOneOf(ObjectValueNode node, InputObjectType type)
        {
            var fields = node.Fields;
            if (fields.Count == 0 || !AllNamed(fields, fields[0].Name.Value))
            {
                context.ReportError(GraphQLError.Validation(OneOfKeyCountMessage(type.Name), node));
                return;
            }

            if (fields[^1].Value is NullValueNode)
            {
                context.ReportError(GraphQLError.Validation(OneOfNullFieldMessage(type.Name, fields[^1].Name.Value), node));
            }
        }

        private static bool AllNamed(IReadOnlyList<ObjectFieldNode> fields, string name)
        {
            foreach (var field in fields)
            {
                if (field.Name.Value != name)
                {
                    return false;
                }
            }

            return true;
        }

        private static ObjectFieldNode? FindField(ObjectValueNode node, string name)
        {
            foreach (var field in node.Fields)
            {
                if (field.Name.Value == name)
                {
                    return field;
                }
            }

            return null;
        }

        private static bool IsDescription(StringValueNode node, SyntaxNode? parent) => parent switch
        {
            ExecutableDefinitionNode definition => ReferenceEquals(definition.Description, node),
            VariableDefinitionNode definition => ReferenceEquals(definition.Description, node),
            TypeSystemDefinitionNode definition => ReferenceEquals(definition.Description, node),
            FieldDefinitionNode definition => ReferenceEquals(definition.Description, node),
            InputValueDefinitionNode definition => ReferenceEquals(definition.Description, node),
            EnumValueDefinitionNode definition => ReferenceEquals(definition.Description, node),
            _ => false,
        };

        private static List<string> NamesOf(InputObjectType type)
        {
            var names = new List<string>(type.Fields.Count);
            foreach (var field in type.Fields)
            {
                names.Add(field.Name);
            }

            return names;
        }

        private static List<string> NamesOf(EnumType type)
        {
            var names = new List<string>(type.Values.Count);
            foreach (var value in type.Values)
            {
                names.Add(value.Name);
            }

            return names;
        }
    }
}
