using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// No two operations of a document share a name
/// (<see href="https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness">Operation Name Uniqueness</see>).
/// </summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    public static string Message(string operationName) => $"There can be only one operation named \"{operationName}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is { } name && !_known.TryAdd(name.Value, name))
            {
                context.ReportError(GraphQLError.Validation(Message(name.Value), _known[name.Value], name));
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.SkipChildren;
    }
}
