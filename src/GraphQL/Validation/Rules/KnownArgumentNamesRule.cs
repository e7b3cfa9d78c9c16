using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every argument given to a field or directive is one the field or directive defines
/// (<see href="https://spec.graphql.org/September2025/#sec-Argument-Names">Argument Names</see>).
/// </summary>
/// <remarks>
/// Arguments of unknown fields and directives are left to the rules that report those. Directives defined in the
/// document take their arguments from there (see <see cref="DocumentDirectives"/>).
/// </remarks>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    public static string UnknownFieldArgumentMessage(string argumentName, string typeName, string fieldName, IReadOnlyList<string> suggestions) =>
        $"Unknown argument \"{argumentName}\" on field \"{typeName}.{fieldName}\"." + Suggestions.DidYouMean(suggestions);

    public static string UnknownDirectiveArgumentMessage(string argumentName, string directiveName, IReadOnlyList<string> suggestions) =>
        $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions);

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

        protected override VisitorAction EnterDocument(DocumentNode node)
        {
            _documentDirectives = DocumentDirectives.Find(node);
            return VisitorAction.Continue;
        }

        // Only a field's arguments reach here: directives skip their children.
        protected override VisitorAction EnterArgument(ArgumentNode node)
        {
            var typeInfo = context.TypeInfo;
            if (typeInfo.Argument is null && typeInfo.FieldDefinition is { } field && typeInfo.ParentType is { } parentType)
            {
                var name = node.Name.Value;
                var suggestions = Suggestions.SuggestionList(name, NamesOf(field.Arguments));
                context.ReportError(GraphQLError.Validation(UnknownFieldArgumentMessage(name, parentType.Name, field.Name, suggestions), node));
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterDirective(DirectiveNode node)
        {
            if (node.Arguments.Count == 0)
            {
                return VisitorAction.SkipChildren;
            }

            var directiveName = node.Name.Value;
            if (_documentDirectives is not null && _documentDirectives.TryGetValue(directiveName, out var written))
            {
                foreach (var argument in node.Arguments)
                {
                    if (!Declares(written, argument.Name.Value))
                    {
                        Report(argument, directiveName, NamesOf(written.Arguments));
                    }
                }
            }
            else if (context.Schema.GetDirectiveDefinition(directiveName) is { } definition)
            {
                foreach (var argument in node.Arguments)
                {
                    if (definition.GetArgument(argument.Name.Value) is null)
                    {
                        Report(argument, directiveName, NamesOf(definition.Arguments));
                    }
                }
            }

            return VisitorAction.SkipChildren;
        }

        private void Report(ArgumentNode argument, string directiveName, List<string> known)
        {
            var name = argument.Name.Value;
            var suggestions = Suggestions.SuggestionList(name, known);
            context.ReportError(GraphQLError.Validation(UnknownDirectiveArgumentMessage(name, directiveName, suggestions), argument));
        }

        private static bool Declares(DirectiveDefinitionNode definition, string argumentName)
        {
            foreach (var argument in definition.Arguments)
            {
                if (argument.Name.Value == argumentName)
                {
                    return true;
                }
            }

            return false;
        }

        private static List<string> NamesOf(DefinitionCollection<InputValueDefinition> arguments)
        {
            var names = new List<string>(arguments.Count);
            foreach (var argument in arguments)
            {
                names.Add(argument.Name);
            }

            return names;
        }

        private static List<string> NamesOf(IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            var names = new List<string>(arguments.Count);
            foreach (var argument in arguments)
            {
                names.Add(argument.Name.Value);
            }

            return names;
        }
    }
}
