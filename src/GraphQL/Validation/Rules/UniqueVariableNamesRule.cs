using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// No two variables of an operation share a name
/// (<see href="https://spec.graphql.org/September2025/#sec-Variable-Uniqueness">Variable Uniqueness</see>).
/// One error per repeated name, located at every definition of it.
/// </summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public static string Message(string variableName) => $"There can be only one variable named \"${variableName}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            var definitions = node.VariableDefinitions;
            for (var i = 1; i < definitions.Count; i++)
            {
                var name = definitions[i].Variable.Name.Value;
                if (IsFirstRepeat(definitions, i, name))
                {
                    var locations = new List<SyntaxNode>();
                    foreach (var definition in definitions)
                    {
                        if (definition.Variable.Name.Value == name)
                        {
                            locations.Add(definition.Variable.Name);
                        }
                    }

                    context.ReportError(GraphQLError.Validation(Message(name), [.. locations]));
                }
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.SkipChildren;

        // Whether definitions[index] is the second definition of its name; operations declare few variables, so a
        // scan beats allocating a set for every operation.
        private static bool IsFirstRepeat(IReadOnlyList<VariableDefinitionNode> definitions, int index, string name)
        {
            var earlier = 0;
            for (var i = 0; i < index; i++)
            {
                if (definitions[i].Variable.Name.Value == name)
                {
                    earlier++;
                }
            }

            return earlier == 1;
        }
    }
}
