using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A directive that is not repeatable is used at most once per location
/// (<see href="https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location">§5.7.3 Directives Are Unique per Location</see>).
/// </summary>
/// <remarks>
/// A type's definition and its extensions are one location, as are the schema definition and its extensions, since
/// their directives apply to the same type or schema. Unknown directives are left to <see cref="KnownDirectivesRule"/>.
/// </remarks>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    // Below this many directives on one node, comparing each with the ones before it beats building a dictionary.
    private const int ScanLimit = 8;

    public static string DuplicateDirectiveMessage(string directiveName) =>
        $"The directive \"@{directiveName}\" can only be used once at this location.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;
        private Dictionary<string, DirectiveNode>? _schemaDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

        public override VisitorAction Enter(SyntaxNode node)
        {
            if (node is DocumentNode document)
            {
                _documentDirectives = DocumentDirectives.Find(document);
                return VisitorAction.Continue;
            }

            if (node is not IHasDirectives { Directives: { Count: > 0 } directives })
            {
                return VisitorAction.Continue;
            }

            var seen = node switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives ??= new(StringComparer.Ordinal),
                TypeDefinitionNode type => SeenOnType(type.Name.Value),
                TypeExtensionNode type => SeenOnType(type.Name.Value),
                _ => directives.Count > ScanLimit ? new Dictionary<string, DirectiveNode>(StringComparer.Ordinal) : null,
            };

            if (seen is null)
            {
                CheckByScanning(directives);
            }
            else
            {
                CheckWith(directives, seen);
            }

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

        private void CheckWith(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen)
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
                    context.ReportError(GraphQLError.Validation(DuplicateDirectiveMessage(name), first, directive));
                }
                else
                {
                    seen[name] = directive;
                }
            }
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
                            context.ReportError(GraphQLError.Validation(DuplicateDirectiveMessage(name), directives[j], directives[i]));
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
