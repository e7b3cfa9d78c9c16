namespace GraphQL;

/// <summary>
/// Values of an error's <c>extensions.code</c>. The spelling follows the codes clients already know
/// from Apollo Server, so tooling keyed on them keeps working.
/// </summary>
public static class ErrorCodes
{
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

    /// <summary>A field needs a signed-in user and the request has none (<c>@authorize</c>, see <c>Authorization/</c>).</summary>
    public const string AuthNotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The signed-in user's roles or policies do not admit the field (<c>@authorize</c>).</summary>
    public const string AuthNotAuthorized = "AUTH_NOT_AUTHORIZED";
}
