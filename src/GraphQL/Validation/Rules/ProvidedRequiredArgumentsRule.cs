using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every required argument (non-null, without a default value) of a field or directive is given
/// (<see href="https://spec.graphql.org/September2025/#sec-Required-Arguments">Required Arguments</see>).
/// </summary>
/// <remarks>
/// The section's other half, that such an argument is not given the <c>null</c> literal, is reported by
/// <see cref="ValuesOfCorrectTypeRule"/> at the literal, as graphql-js does. Errors are reported when the field or
/// directive is left, so errors inside it come first.
/// </remarks>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public static string MissingFieldArgumentMessage(string fieldName, string argumentName, string type) =>
        $"Field \"{fieldName}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.";

    public static string MissingDirectiveArgumentMessage(string directiveName, string argumentName, string type) =>
        $"Directive \"@{directiveName}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

        protected override VisitorAction EnterDocument(DocumentNode node)
        {
            _documentDirectives = DocumentDirectives.Find(node);
            return VisitorAction.Continue;
        }

        protected override void LeaveField(FieldNode node)
        {
            if (context.TypeInfo.FieldDefinition is not { } field)
            {
                return;
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired && !IsGiven(node.Arguments, argument.Name))
                {
                    context.ReportError(GraphQLError.Validation(
                        MissingFieldArgumentMessage(field.Name, argument.Name, $"{argument.Type}"), node));
                }
            }
        }

        protected override void LeaveDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var written))
            {
                foreach (var argument in written.Arguments)
                {
                    if (argument is { Type: NonNullTypeNode, DefaultValue: null } && !IsGiven(node.Arguments, argument.Name.Value))
                    {
                        context.ReportError(GraphQLError.Validation(
                            MissingDirectiveArgumentMessage(name, argument.Name.Value, Printer.Print(argument.Type)), node));
                    }
                }
            }
            else if (context.Schema.GetDirectiveDefinition(name) is { } definition)
            {
                foreach (var argument in definition.Arguments)
                {
                    if (argument.IsRequired && !IsGiven(node.Arguments, argument.Name))
                    {
                        context.ReportError(GraphQLError.Validation(
                            MissingDirectiveArgumentMessage(name, argument.Name, $"{argument.Type}"), node));
                    }
                }
            }
        }

        private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            foreach (var argument in arguments)
            {
                if (argument.Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
