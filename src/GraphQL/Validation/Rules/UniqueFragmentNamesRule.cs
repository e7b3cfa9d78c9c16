using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// No two fragments of a document share a name
/// (<see href="https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness">Fragment Name Uniqueness</see>).
/// </summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    public static string Message(string fragmentName) => $"There can be only one fragment named \"{fragmentName}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var name = node.Name;
            if (!_known.TryAdd(name.Value, name))
            {
                context.ReportError(GraphQLError.Validation(Message(name.Value), _known[name.Value], name));
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.SkipChildren;
    }
}
