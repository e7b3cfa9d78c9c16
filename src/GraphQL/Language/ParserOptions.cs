namespace GraphQL.Language;

/// <summary>
/// Limits that keep a hostile document from costing more than a normal one: the parser checks them
/// while it reads, so an oversized or deeply nested request fails early with a
/// <see cref="GraphQLError"/> instead of exhausting memory or the stack.
/// </summary>
public sealed class ParserOptions
{
    /// <summary>Safe limits for documents sent by clients.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// No limits, for trusted sources such as the service's own schema files. Nesting is still
    /// bounded by the stack: a document too deep for it fails with <see cref="ErrorCodes.MaxDepthExceeded"/>.
    /// </summary>
    public static ParserOptions Unlimited { get; } = new()
    {
        MaxDocumentLength = int.MaxValue,
        MaxTokens = int.MaxValue,
        MaxDepth = int.MaxValue,
    };

    /// <summary>Longest accepted source, in characters; longer fails with <see cref="ErrorCodes.DocumentTooLarge"/>.</summary>
    public int MaxDocumentLength { get; init; } = 1_000_000;

    /// <summary>Most lexical tokens accepted; more fails with <see cref="ErrorCodes.MaxTokensExceeded"/>.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Deepest accepted nesting of selection sets, list and object values and list types, counted
    /// together; deeper fails with <see cref="ErrorCodes.MaxDepthExceeded"/>.
    /// </summary>
    public int MaxDepth { get; init; } = 64;
}
