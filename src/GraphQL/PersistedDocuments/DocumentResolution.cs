using GraphQL.Execution;

namespace GraphQL.PersistedDocuments;

/// <summary>What the persisted-documents stage gives the parse stage: the text to parse and its hash when known, or an error.</summary>
internal readonly record struct DocumentResolution(string? Query, DocumentHash? Hash, GraphQLError? Error)
{
    public static DocumentResolution Failed(GraphQLError error) => new(null, null, error);
}
