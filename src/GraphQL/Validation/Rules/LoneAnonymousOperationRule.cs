using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// An operation without a name is the only operation of its document
/// (<see href="https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation">Lone Anonymous Operation</see>).
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    public static string Message() => "This anonymous operation must be the only defined operation.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private int _operationCount;

        protected override VisitorAction EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode)
                {
                    _operationCount++;
                }
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is null && _operationCount > 1)
            {
                context.ReportError(GraphQLError.Validation(Message(), node));
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.SkipChildren;
    }
}
