namespace GraphQL.PersistedDocuments;

/// <summary>The messages of the persisted-document errors, written once.</summary>
internal static class PersistedDocumentErrors
{
    public static GraphQLError NotFound(string id) =>
        GraphQLError.Create($"No persisted document has the id \"{id}\".", code: ErrorCodes.PersistedDocumentNotFound);

    /// <summary>The exact message Apollo's protocol defines: clients resend the query text when they see it.</summary>
    public static GraphQLError PersistedQueryNotFound() =>
        GraphQLError.Create("PersistedQueryNotFound", code: ErrorCodes.PersistedQueryNotFound);

    public static GraphQLError Required() =>
        GraphQLError.Create(
            "This server runs only trusted documents: send \"documentId\" (sha256:<hash>) instead of a query text.",
            code: ErrorCodes.PersistedDocumentRequired);

    public static GraphQLError MalformedId(string id) =>
        GraphQLError.Create($"The document id \"{id}\" is not \"sha256:\" followed by 64 hex digits.", code: ErrorCodes.BadRequest);

    public static GraphQLError HashMismatch() =>
        GraphQLError.Create("The document id is not the SHA-256 hash of the query sent with it.", code: ErrorCodes.BadRequest);
}
