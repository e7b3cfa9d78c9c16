namespace GraphQL;

/// <summary>
/// Values of an error's <c>extensions.code</c>. The spelling follows the codes clients already know
/// from Apollo Server, so tooling keyed on them keeps working.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A global ID that is not one, or is an ID of another type than the argument expects (see <c>Data/GlobalIds</c>).</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>The document is not valid GraphQL syntax (§2).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed a validation rule (§5).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Variables or arguments could not be coerced to their types (§6.1.2, §6.4.1).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation to run cannot be determined (§6.1 GetOperation).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>An unexpected failure inside the service; details stay in the logs.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The document is longer than <see cref="Language.ParserOptions.MaxDocumentLength"/>.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The document has more tokens than <see cref="Language.ParserOptions.MaxTokens"/>.</summary>
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";

    /// <summary>The document nests deeper than <see cref="Language.ParserOptions.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The request ran longer than the execution timeout (<see cref="Execution.ExecutionOptions.Timeout"/>).</summary>
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    /// <summary>The caller cancelled the request before it completed.</summary>
    public const string RequestCancelled = "REQUEST_CANCELLED";

    /// <summary><c>__schema</c> or <c>__type</c> was asked for while introspection is switched off (<see cref="Execution.ExecutionOptions.EnableIntrospection"/>).</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The request's parameters contradict each other: a document id that is not the hash of the query sent with it, a malformed id.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The request named a document (<c>documentId</c>) that the document store does not hold.</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>
    /// Automatic persisted queries: the hash is not known yet; the client resends it with the query text to register it
    /// (the message is <c>PersistedQueryNotFound</c>, which Apollo's and urql's links look for).
    /// </summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Only trusted documents may run (<see cref="PersistedDocuments.PersistedDocumentOptions.TrustedDocumentsOnly"/>) and the request sent a query text.</summary>
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";

    /// <summary>The operation's computed cost is over <see cref="Validation.Cost.CostOptions.MaxFieldCost"/> or <see cref="Validation.Cost.CostOptions.MaxTypeCost"/>.</summary>
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";

    /// <summary>The operation's fields nest deeper than <see cref="Validation.Cost.CostOptions.MaxExecutionDepth"/>.</summary>
    public const string ExecutionDepthExceeded = "EXECUTION_DEPTH_EXCEEDED";

    /// <summary>The operation uses more aliases than <see cref="Validation.Cost.CostOptions.MaxAliases"/>.</summary>
    public const string AliasLimitExceeded = "ALIAS_LIMIT_EXCEEDED";

    /// <summary>The operation selects more root fields than <see cref="Validation.Cost.CostOptions.MaxRootFields"/>.</summary>
    public const string RootFieldLimitExceeded = "ROOT_FIELD_LIMIT_EXCEEDED";

    /// <summary>A paging cursor that is malformed, tampered with, or made for another field or order (see <c>Data/README.md</c>).</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>A field needs a signed-in user and the request has none (<c>@authorize</c>, see <c>Authorization/</c>).</summary>
    public const string AuthNotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The signed-in user's roles or policies do not admit the field (<c>@authorize</c>).</summary>
    public const string AuthNotAuthorized = "AUTH_NOT_AUTHORIZED";
}
