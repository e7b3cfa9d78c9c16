using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A directive that is not repeatable is used at most once per location
/// (<see href="https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location">Directives Are Unique per Location</see>).
/// </summary>
/// <remarks>
/// A type's definition and its extensions are one location, as are the schema definition and its extensions, since
/// their directives apply to the same type or schema. Unknown directives are left to <see cref="KnownDirectivesRule"/>.
/// </remarks>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    // Below this many directives on one node, comparing each with the ones before it beats building a dictionary.
    private const int ScanLimit = 8;

    public static string Message(string directiveName) =>
        $"The directive \"@{directiveName}\" can only be used once at this location.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;
        private Dictionary<string, DirectiveNode>? _schemaDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

        protected override VisitorAction EnterDocument(DocumentNode node)
        {
            _documentDirectives = DocumentDirectives.Find(node);
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node) =>
            Check(node.Directives);

        protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives);

        protected override VisitorAction EnterField(FieldNode node) => Check(node.Directives);

        protected override VisitorAction EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives);

        protected override VisitorAction EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives);

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives);

        protected override VisitorAction EnterSchemaDefinition(SchemaDefinitionNode node) =>
            Check(node.Directives, _schemaDirectives ??= new(StringComparer.Ordinal));

        protected override VisitorAction EnterSchemaExtension(SchemaExtensionNode node) =>
            Check(node.Directives, _schemaDirectives ??= new(StringComparer.Ordinal));

        protected override VisitorAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterFieldDefinition(FieldDefinitionNode node) => Check(node.Directives);

        protected override VisitorAction EnterInputValueDefinition(InputValueDefinitionNode node) =>
            Check(node.Directives);

        protected override VisitorAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterEnumValueDefinition(EnumValueDefinitionNode node) =>
            Check(node.Directives);

        protected override VisitorAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterScalarTypeExtension(ScalarTypeExtensionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterObjectTypeExtension(ObjectTypeExtensionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterUnionTypeExtension(UnionTypeExtensionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterEnumTypeExtension(EnumTypeExtensionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        protected override VisitorAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node) =>
            Check(node.Directives, SeenOnType(node.Name.Value));

        // Directives of one node; only the first use of each name is remembered.
        private VisitorAction Check(IReadOnlyList<DirectiveNode> directives)
        {
            if (directives.Count > ScanLimit)
            {
                return Check(directives, new Dictionary<string, DirectiveNode>(StringComparer.Ordinal));
            }

            CheckByScanning(directives);
            return VisitorAction.Continue;
        }

        private Dictionary<string, DirectiveNode> SeenOnType(string typeName)
        {
            _typeDirectives ??= new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
            if (!_typeDirectives.TryGetValue(typeName, out var seen))
            {
                _typeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            }

            return seen;
        }

        private VisitorAction Check(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen)
        {
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!IsUnique(name))
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    context.ReportError(GraphQLError.Validation(Message(name), first, directive));
                }
                else
                {
                    seen[name] = directive;
                }
            }

            return VisitorAction.Continue;
        }

        // Each repeated use is reported together with the first use.
        private void CheckByScanning(IReadOnlyList<DirectiveNode> directives)
        {
            for (var i = 1; i < directives.Count; i++)
            {
                var name = directives[i].Name.Value;
                for (var j = 0; j < i; j++)
                {
                    if (directives[j].Name.Value == name)
                    {
                        if (IsUnique(name))
                        {
                            context.ReportError(GraphQLError.Validation(Message(name), directives[j], directives[i]));
                        }

                        break;
                    }
                }
            }
        }

        private bool IsUnique(string name)
        {
            if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var written))
            {
                return !written.Repeatable;
            }

            return context.Schema.GetDirectiveDefinition(name) is { IsRepeatable: false };
        }
    }
}
