using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A fragment is spread only where its type condition can apply: some object type is possible both for the type
/// condition and for the type of the enclosing selection set
/// (<see href="https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible">Fragment Spread Is Possible</see>).
/// </summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public static string InlineFragmentMessage(string parentType, string fragmentType) =>
        $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".";

    public static string FragmentSpreadMessage(string fragmentName, string parentType, string fragmentType) =>
        $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterInlineFragment(InlineFragmentNode node)
        {
            // The type info already entered the fragment: its output type is the type condition.
            if (context.TypeInfo.OutputType is ICompositeType fragmentType
                && context.TypeInfo.ParentType is { } parentType
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(GraphQLError.Validation(InlineFragmentMessage(parentType.Name, fragmentType.Name), node));
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterFragmentSpread(FragmentSpreadNode node)
        {
            var fragmentName = node.Name.Value;
            if (context.GetFragment(fragmentName) is { } fragment
                && context.Schema.GetType(fragment.TypeCondition.Name.Value) is ICompositeType fragmentType
                && context.TypeInfo.ParentType is { } parentType
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(GraphQLError.Validation(FragmentSpreadMessage(fragmentName, parentType.Name, fragmentType.Name), node));
            }

            return VisitorAction.SkipChildren;
        }
    }
}
