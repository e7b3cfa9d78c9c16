using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation defines is used, in the operation or in a fragment it spreads
/// (<see href="https://spec.graphql.org/September2025/#sec-All-Variables-Used">All Variables Used</see>).
/// </summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    public static string Message(string variableName, string? operationName) =>
        operationName is null
            ? $"Variable \"${variableName}\" is never used."
            : $"Variable \"${variableName}\" is never used in operation \"{operationName}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.VariableDefinitions.Count == 0)
            {
                return VisitorAction.SkipChildren;
            }

            var usages = context.GetRecursiveVariableUsages(node);
            var used = new HashSet<string>(usages.Count, StringComparer.Ordinal);
            foreach (var usage in usages)
            {
                used.Add(usage.Name);
            }

            foreach (var definition in node.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    context.ReportError(GraphQLError.Validation(Message(name, node.Name?.Value), definition));
                }
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.SkipChildren;
    }
}
