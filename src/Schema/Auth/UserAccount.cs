using GraphQL.Types.CodeFirst;
using Playbooks.Data.Entities;

namespace Playbooks.Schema.Auth;

/// <summary>A user as GraphQL shows it: never the password hash.</summary>
[GraphQLName("User")]
[GraphQLDescription("A person who signs in, member of one organization.")]
public sealed record UserAccount(
    [property: ID] Guid Id,
    string Email,
    string Name,
    UserRole Role,
    bool IsActive,
    DateTimeOffset? LastLoginAt)
{
    public static UserAccount From(User user) =>
        new(user.Id, user.Email, user.Name, user.Role, user.IsActive, user.LastLoginAt);
}
