using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A field of a scalar or enum type has no selection set, and a field of an object, interface or union type has one
/// (<see href="https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections">Leaf Field Selections</see>).
/// </summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public static string NoSubselectionAllowedMessage(string fieldName, string type) =>
        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.";

    public static string RequiredSubselectionMessage(string fieldName, string type) =>
        $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterField(FieldNode node)
        {
            if (context.TypeInfo.OutputType is not { } type)
            {
                return VisitorAction.Continue;
            }

            if (type.NamedType() is ILeafType)
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    context.ReportError(GraphQLError.Validation(NoSubselectionAllowedMessage(node.Name.Value, type.ToString()!), selectionSet));
                }
            }
            else if (node.SelectionSet is null)
            {
                context.ReportError(GraphQLError.Validation(RequiredSubselectionMessage(node.Name.Value, type.ToString()!), node));
            }

            return VisitorAction.Continue;
        }
    }
}
