using GraphQL.Types.CodeFirst;

namespace Playbooks.Schema.Auth;

/// <summary>A new API key and its secret, shown this once.</summary>
[GraphQLDescription("The new key and its secret. The secret is shown only now: store it; the server keeps only its hash.")]
public sealed record CreateApiKeyResult(ApiKeyInfo ApiKey, string Secret);
