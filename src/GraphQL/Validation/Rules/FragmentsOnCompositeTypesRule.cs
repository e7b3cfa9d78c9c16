using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A fragment's type condition names an object, interface or union type
/// (<see href="https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types">Fragments on Composite Types</see>).
/// Unknown types are left to <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public static string InlineFragmentMessage(string type) => $"Fragment cannot condition on non composite type \"{type}\".";

    public static string FragmentMessage(string fragmentName, string type) =>
        $"Fragment \"{fragmentName}\" cannot condition on non composite type \"{type}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is { } typeCondition && IsNonComposite(typeCondition))
            {
                context.ReportError(GraphQLError.Validation(InlineFragmentMessage(typeCondition.Name.Value), typeCondition));
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (IsNonComposite(node.TypeCondition))
            {
                context.ReportError(GraphQLError.Validation(FragmentMessage(node.Name.Value, node.TypeCondition.Name.Value), node.TypeCondition));
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node) => VisitorAction.SkipChildren;

        private bool IsNonComposite(NamedTypeNode typeCondition) =>
            context.Schema.GetType(typeCondition.Name.Value) is { } type && type is not ICompositeType;
    }
}
