using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema
/// (<see href="https://spec.graphql.org/September2025/#sec-Validation">§5 Validation</see>): every rule in one walk.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// The errors <paramref name="document"/> has against <paramref name="schema"/>, in the order found; empty when the
    /// document is valid.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;

        var rules = options.Rules;
        var additionalRules = options.AdditionalRules;
        if (rules.Count + additionalRules.Count == 0)
        {
            return [];
        }

        var context = new ValidationContext(schema, document, new TypeInfo(schema), options.MaxErrors);
        var visitors = new SyntaxVisitor[rules.Count + additionalRules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        for (var i = 0; i < additionalRules.Count; i++)
        {
            visitors[rules.Count + i] = additionalRules[i].CreateVisitor(context);
        }

        new ValidationWalker(context, visitors).Visit(document);
        return context.Errors;
    }
}
