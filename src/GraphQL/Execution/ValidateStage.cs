using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>The validate stage: the configured <see cref="IDocumentValidator"/>, run once per prepared document.</summary>
internal sealed class ValidateStage(Schema schema, IDocumentValidator? validator)
{
    public IReadOnlyList<GraphQLError> Validate(PreparedDocument document)
    {
        if (validator is null)
        {
            return [];
        }

        if (document.ValidationErrors is { } cached)
        {
            return cached;
        }

        var errors = validator.Validate(schema, document.Document);
        document.ValidationErrors = errors;
        return errors;
    }
}
