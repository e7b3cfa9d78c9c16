using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>The validate stage's seam (<see href="https://spec.graphql.org/September2025/#sec-Validation">§5 Validation</see>).</summary>
public interface IDocumentValidator
{
    /// <summary>The document's errors against the schema; empty when it is valid.</summary>
    IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document);
}
