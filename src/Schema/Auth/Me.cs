using GraphQL.Types.CodeFirst;
using Playbooks.Data.Entities;

namespace Playbooks.Schema.Auth;

/// <summary>Who the request runs as.</summary>
[GraphQLDescription("Who the request runs as: the signed-in user (none for an API key), the organization and the role.")]
public sealed record Me(
    [property: GraphQLDescription("The signed-in user; null when the request signed in with an API key.")] UserAccount? User,
    OrganizationInfo Organization,
    UserRole Role,
    [property: GraphQLDescription("The API key's name when the request signed in with one.")] string? ApiKeyName);
