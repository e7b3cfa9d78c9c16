using GraphQL.Types.CodeFirst;
using Playbooks.Data.Entities;

namespace Playbooks.Schema.Auth;

/// <summary>An API key as lists show it: never the key itself.</summary>
[GraphQLName("ApiKey")]
[GraphQLDescription("A key for a service client. The key itself is shown once, when it is created.")]
public sealed record ApiKeyInfo(
    [property: ID] Guid Id,
    string Name,
    [property: GraphQLDescription("The key's first characters, to recognise it.")] string Prefix,
    UserRole Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    public static ApiKeyInfo From(ApiKey key) =>
        new(key.Id, key.Name, key.Prefix, key.Role, key.CreatedAt, key.LastUsedAt, key.RevokedAt);
}
