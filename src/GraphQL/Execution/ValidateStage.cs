using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Execution;

/// <summary>The validate stage: the configured <see cref="IDocumentValidator"/> (the specification's rules by default), run once per prepared document.</summary>
internal sealed class ValidateStage(Schema schema, ExecutionOptions options)
{
    private readonly IDocumentValidator _validator = options.Validator ?? new SpecifiedRulesValidator(options.Validation);

    public IReadOnlyList<GraphQLError> Validate(PreparedDocument document)
    {
        if (document.ValidationErrors is { } cached)
        {
            return cached;
        }

        var errors = _validator.Validate(schema, document.Document);
        document.ValidationErrors = errors;
        return errors;
    }

    /// <summary><see cref="DocumentValidator"/> with the configured rules.</summary>
    private sealed class SpecifiedRulesValidator(ValidationOptions validation) : IDocumentValidator
    {
        public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => DocumentValidator.Validate(schema, document, validation);
    }
}
