using Playbooks.Data.Entities;

namespace Playbooks.Resolvers.Auth;

/// <summary>Role names as claims and <c>[Authorize(Roles = …)]</c> spell them: the GraphQL enum's values.</summary>
public static class RoleNames
{
    public const string Admin = "ADMIN";
    public const string Member = "MEMBER";
    public const string Viewer = "VIEWER";

    /// <summary>Roles that may change data: every mutation needs one of them (VIEWER cannot mutate).</summary>
    public static readonly string[] Writers = [Admin, Member];

    public static string Of(UserRole role) => role switch
    {
        UserRole.Admin => Admin,
        UserRole.Member => Member,
        UserRole.Viewer => Viewer,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static UserRole? Parse(string? name) => name switch
    {
        Admin => UserRole.Admin,
        Member => UserRole.Member,
        Viewer => UserRole.Viewer,
        _ => null,
    };
}
