using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// The schema has a root operation type for every operation's kind: a mutation needs a mutation type, a
/// subscription a subscription type
/// (<see href="https://spec.graphql.org/September2025/#sec-Operation-Type-Existence">Operation Type Existence</see>).
/// </summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    public static string Message(OperationType operation) =>
        $"The {OperationKeyword(operation)} operation is not supported by the schema.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    internal static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (context.Schema.GetRootType(node.Operation) is null)
            {
                context.ReportError(GraphQLError.Validation(Message(node.Operation), node));
            }

            return VisitorAction.SkipChildren;
        }
    }
}
