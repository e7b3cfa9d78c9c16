using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every fragment spread names a fragment defined in the document
/// (<see href="https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined">Fragment Spread Target Defined</see>).
/// </summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    public static string Message(string fragmentName) => $"Unknown fragment \"{fragmentName}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (context.GetFragment(node.Name.Value) is null)
            {
                context.ReportError(GraphQLError.Validation(Message(node.Name.Value), node.Name));
            }

            return VisitorAction.SkipChildren;
        }
    }
}
