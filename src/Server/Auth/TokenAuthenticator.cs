using System.Security.Claims;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Server.Auth;

/// <summary>
/// A bearer token (an access token or an API key) to the principal it signs in, for transports that carry the token
/// outside the HTTP headers (the WebSocket <c>connection_init</c> payload). HTTP requests go through the authentication
/// handlers, which end in the same <see cref="PrincipalValidator"/>.
/// </summary>
internal sealed class TokenAuthenticator(JwtAccessTokens tokens, PrincipalValidator principals)
{
    /// <summary>The principal of <paramref name="token"/> (with or without the <c>Bearer </c> prefix); <c>null</c> when rejected.</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        token = StripScheme(token);
        if (token.Length == 0)
        {
            return null;
        }

        if (ApiKeySecrets.LooksLikeKey(token))
        {
            return await principals.ForApiKeyAsync(token, cancellationToken).ConfigureAwait(false);
        }

        var validated = await tokens.ValidateAsync(token).ConfigureAwait(false);
        return validated is null ? null : await principals.ForUserAsync(validated, cancellationToken).ConfigureAwait(false);
    }

    public static string StripScheme(string value)
    {
        value = value.Trim();
        return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : value;
    }
}
