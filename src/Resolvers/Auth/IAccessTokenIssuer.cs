using Playbooks.Data.Entities;

namespace Playbooks.Resolvers.Auth;

/// <summary>Signs access tokens for users (the server implements it with JWTs).</summary>
public interface IAccessTokenIssuer
{
    AccessToken Issue(User user);
}

/// <summary>A signed access token and when it expires.</summary>
public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);
