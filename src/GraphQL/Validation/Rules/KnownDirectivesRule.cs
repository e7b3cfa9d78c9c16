using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every directive is defined by the schema and used in a location its definition allows
/// (<see href="https://spec.graphql.org/September2025/#sec-Directives-Are-Defined">Directives Are Defined</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations">Directives Are in Valid Locations</see>).
/// </summary>
/// <remarks>
/// Type-system locations are checked too, for documents that carry type-system definitions; directive definitions in
/// the document count as defined (see <see cref="DocumentDirectives"/>).
/// </remarks>
public sealed class KnownDirectivesRule : ValidationRule
{
    public static string UnknownDirectiveMessage(string directiveName) => $"Unknown directive \"@{directiveName}\".";

    public static string MisplacedDirectiveMessage(string directiveName, DirectiveLocation location) =>
        $"Directive \"@{directiveName}\" may not be used on {DirectiveLocationNames.GetName(location)}.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>
    /// The location a directive applied to <paramref name="appliedTo"/> is in; <paramref name="above"/> is the node
    /// above that one, which tells an input field from an argument definition. <c>null</c> for a node that takes no
    /// directives.
    /// </summary>
    private static DirectiveLocation? LocationOf(SyntaxNode appliedTo, SyntaxNode? above) => appliedTo switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
        InputValueDefinitionNode => above is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition,
        _ => null,
    };

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

        protected override VisitorAction EnterDocument(DocumentNode node)
        {
            _documentDirectives = DocumentDirectives.Find(node);
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            var ancestors = Ancestors;
            var location = ancestors.Count == 0 ? null : LocationOf(ancestors[^1], ancestors.Count > 1 ? ancestors[^2] : null);
            if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var written))
            {
                if (location is { } at && !Declares(written, at))
                {
                    context.ReportError(GraphQLError.Validation(MisplacedDirectiveMessage(name, at), node));
                }
            }
            else if (context.Schema.GetDirectiveDefinition(name) is { } definition)
            {
                if (location is { } at && !definition.HasLocation(at))
                {
                    context.ReportError(GraphQLError.Validation(MisplacedDirectiveMessage(name, at), node));
                }
            }
            else
            {
                context.ReportError(GraphQLError.Validation(UnknownDirectiveMessage(name), node));
            }

            return VisitorAction.SkipChildren;
        }

        private static bool Declares(DirectiveDefinitionNode definition, DirectiveLocation location)
        {
            var name = DirectiveLocationNames.GetName(location);
            foreach (var declared in definition.Locations)
            {
                if (declared.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
