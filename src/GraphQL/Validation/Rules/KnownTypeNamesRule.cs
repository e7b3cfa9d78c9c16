using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every type named in a fragment's type condition or a variable's type exists in the schema
/// (<see href="https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence">Fragment Spread Type Existence</see>,
/// and, for variables, <see href="https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types">Variables Are Input Types</see>).
/// </summary>
/// <remarks>
/// Type-system definitions in the document are not looked into: they are not executable, which
/// <see cref="ExecutableDefinitionsRule"/> reports.
/// </remarks>
public sealed class KnownTypeNamesRule : ValidationRule
{
    public static string Message(string typeName, IReadOnlyList<string>? suggestedTypes = null) =>
        $"Unknown type \"{typeName}\".{Suggestions.DidYouMean(suggestedTypes ?? [])}";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node) =>
            node is TypeSystemDefinitionNode or TypeSystemExtensionNode ? VisitorAction.SkipChildren : base.Enter(node);

        protected override VisitorAction EnterNamedType(NamedTypeNode node)
        {
            var typeName = node.Name.Value;
            if (context.Schema.GetType(typeName) is null)
            {
                var suggestions = Suggestions.SuggestionList(typeName, context.Schema.TypeMap.Keys);
                context.ReportError(GraphQLError.Validation(Message(typeName, suggestions), node));
            }

            return VisitorAction.SkipChildren;
        }
    }
}
