using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// No field name is given twice in one input object value
/// (<see href="https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness">Input Object Field Uniqueness</see>).
/// </summary>
/// <remarks>Each repeated field is reported together with the first field of its name, in document order.</remarks>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public static string Message(string fieldName) => $"There can be only one input field named \"{fieldName}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // Compares with the fields before this one: quadratic in an object's size, which the parser's token limit bounds,
        // and free of allocations.
        protected override VisitorAction EnterObjectField(ObjectFieldNode node)
        {
            if (Parent is not ObjectValueNode objectValue)
            {
                return VisitorAction.Continue;
            }

            var name = node.Name.Value;
            foreach (var field in objectValue.Fields)
            {
                if (ReferenceEquals(field, node))
                {
                    break;
                }

                if (field.Name.Value == name)
                {
                    context.ReportError(GraphQLError.Validation(Message(name), field.Name, node.Name));
                    break;
                }
            }

            return VisitorAction.Continue;
        }
    }
}
