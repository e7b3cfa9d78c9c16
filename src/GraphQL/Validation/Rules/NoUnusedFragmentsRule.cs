using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every fragment defined in a document is used by some operation, directly or through other fragments
/// (<see href="https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used">Fragments Must Be Used</see>).
/// </summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    public static string Message(string fragmentName) => $"Fragment \"{fragmentName}\" is never used.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // Reported when the document is left, after the errors inside the definitions, as graphql-js orders them.
        protected override void LeaveDocument(DocumentNode node)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode operation)
                {
                    foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                    {
                        used.Add(fragment.Name.Value);
                    }
                }
            }

            foreach (var definition in node.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
                {
                    context.ReportError(GraphQLError.Validation(Message(fragment.Name.Value), fragment));
                }
            }
        }

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.SkipChildren;

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.SkipChildren;
    }
}
