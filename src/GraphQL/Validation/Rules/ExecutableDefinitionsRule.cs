using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every definition of a document to execute is an operation or a fragment
/// (<see href="https://spec.graphql.org/September2025/#sec-Executable-Definitions">Executable Definitions</see>).
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    /// <summary>The error for a type-system definition or extension; <paramref name="name"/> is <c>null</c> for <c>schema</c>.</summary>
    public static string Message(string? name) =>
        name is null ? "The schema definition is not executable." : $"The \"{name}\" definition is not executable.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                var name = definition switch
                {
                    ExecutableDefinitionNode => null,
                    TypeDefinitionNode type => type.Name.Value,
                    TypeExtensionNode extension => extension.Name.Value,
                    DirectiveDefinitionNode directive => directive.Name.Value,
                    _ => string.Empty, // schema definition or extension
                };
                if (name is not null)
                {
                    context.ReportError(GraphQLError.Validation(Message(name.Length == 0 ? null : name), definition));
                }
            }

            // Nothing below the definitions concerns this rule.
            return VisitorAction.SkipChildren;
        }
    }
}
