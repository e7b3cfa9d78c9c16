using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// The directive definitions written in the validated document itself, for the rules about directives.
/// </summary>
/// <remarks>
/// graphql-js lets such definitions add to, or replace, the schema's directives for those rules, so a document that
/// mixes type-system definitions into an executable one gets the same errors from both engines
/// (<see href="https://spec.graphql.org/September2025/#sec-Executable-Definitions">Executable Definitions</see>
/// reports the definitions themselves).
/// </remarks>
internal static class DocumentDirectives
{
    /// <summary>The document's directive definitions by name (the last one wins), or <c>null</c> when it has none.</summary>
    public static Dictionary<string, DirectiveDefinitionNode>? Find(DocumentNode document)
    {
        Dictionary<string, DirectiveDefinitionNode>? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                found ??= new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
                found[directive.Name.Value] = directive;
            }
        }

        return found;
    }
}
