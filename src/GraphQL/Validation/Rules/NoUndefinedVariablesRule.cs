using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation uses, directly or in the fragments it spreads, is defined by that operation
/// (<see href="https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined">All Variable Uses Defined</see>).
/// Located at the use and at the operation.
/// </summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public static string Message(string variableName, string? operationName) =>
        operationName is null
            ? $"Variable \"${variableName}\" is not defined."
            : $"Variable \"${variableName}\" is not defined by operation \"{operationName}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            var usages = context.GetRecursiveVariableUsages(node);
            if (usages.Count == 0)
            {
                return VisitorAction.SkipChildren;
            }

            var defined = new HashSet<string>(node.VariableDefinitions.Count, StringComparer.Ordinal);
            foreach (var definition in node.VariableDefinitions)
            {
                defined.Add(definition.Variable.Name.Value);
            }

            foreach (var usage in usages)
            {
                if (!defined.Contains(usage.Name))
                {
                    context.ReportError(GraphQLError.Validation(Message(usage.Name, node.Name?.Value), usage.Node, node));
                }
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.SkipChildren;
    }
}
