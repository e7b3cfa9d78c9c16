using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every variable's type is an input type: a scalar, enum or input object, possibly wrapped in lists and non-null
/// (<see href="https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types">Variables Are Input Types</see>).
/// Unknown types are left to <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public static string Message(string variableName, string type) =>
        $"Variable \"${variableName}\" cannot be non-input type \"{type}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            if (context.Schema.GetTypeFromAst(node.Type) is { } type && !type.IsInputType())
            {
                context.ReportError(GraphQLError.Validation(Message(node.Variable.Name.Value, node.Type.ToString()), node.Type));
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterSelectionSet(SelectionSetNode node) => VisitorAction.SkipChildren;
    }
}
