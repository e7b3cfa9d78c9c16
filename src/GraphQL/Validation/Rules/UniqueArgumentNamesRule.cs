using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// No argument name is given twice to one field or directive
/// (<see href="https://spec.graphql.org/September2025/#sec-Argument-Uniqueness">Argument Uniqueness</see>).
/// </summary>
/// <remarks>One error per repeated name, located at every argument of that name.</remarks>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    // Up to this many arguments, comparing each with the others beats building a dictionary.
    private const int ScanLimit = 8;

    public static string Message(string argumentName) => $"There can be only one argument named \"{argumentName}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterField(FieldNode node)
        {
            Check(node.Arguments);
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterDirective(DirectiveNode node)
        {
            Check(node.Arguments);
            return VisitorAction.SkipChildren;
        }

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count > ScanLimit)
            {
                CheckByName(arguments);
                return;
            }

            for (var i = 0; i < arguments.Count - 1; i++)
            {
                var name = arguments[i].Name.Value;
                if (AppearsBefore(arguments, i, name))
                {
                    continue;
                }

                List<SyntaxNode>? repeated = null;
                for (var j = i + 1; j < arguments.Count; j++)
                {
                    if (arguments[j].Name.Value == name)
                    {
                        repeated ??= [arguments[i].Name];
                        repeated.Add(arguments[j].Name);
                    }
                }

                if (repeated is not null)
                {
                    context.ReportError(GraphQLError.Validation(Message(name), [.. repeated]));
                }
            }
        }

        private void CheckByName(IReadOnlyList<ArgumentNode> arguments)
        {
            var byName = new OrderedDictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
            foreach (var argument in arguments)
            {
                if (!byName.TryGetValue(argument.Name.Value, out var named))
                {
                    byName.Add(argument.Name.Value, named = []);
                }

                named.Add(argument.Name);
            }

            foreach (var (name, named) in byName)
            {
                if (named.Count > 1)
                {
                    context.ReportError(GraphQLError.Validation(Message(name), [.. named]));
                }
            }
        }

        private static bool AppearsBefore(IReadOnlyList<ArgumentNode> arguments, int index, string name)
        {
            for (var i = 0; i < index; i++)
            {
                if (arguments[i].Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
