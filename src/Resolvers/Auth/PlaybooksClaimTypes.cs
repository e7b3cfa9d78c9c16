namespace Playbooks.Resolvers.Auth;

/// <summary>The claims of our access tokens and API-key principals (short JWT names, not the long WS-* URIs).</summary>
public static class PlaybooksClaimTypes
{
    /// <summary>The user's id (JWT <c>sub</c>); absent for an API key.</summary>
    public const string UserId = "sub";

    /// <summary>The organization the principal belongs to: the tenant of every request it makes.</summary>
    public const string OrganizationId = "org";

    /// <summary>ADMIN, MEMBER or VIEWER (<see cref="RoleNames"/>).</summary>
    public const string Role = "role";

    public const string Email = "email";

    public const string Name = "name";

    /// <summary>The API key's id, when the principal signed in with one.</summary>
    public const string ApiKeyId = "api_key";

    /// <summary>The authentication type of principals made from our tokens.</summary>
    public const string AuthenticationType = "Playbooks";
}
