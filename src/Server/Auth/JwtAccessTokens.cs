using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Playbooks.Data.Entities;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Server.Auth;

/// <summary>
/// Issues and validates the access tokens: JWTs signed with HMAC-SHA256, carrying the user's id (<c>sub</c>), organization
/// (<c>org</c>), role and e-mail. The same validation parameters serve the JwtBearer handler (HTTP, SSE) and
/// <c>connection_init</c> tokens (WebSocket).
/// </summary>
internal sealed class JwtAccessTokens : IAccessTokenIssuer
{
    private readonly AuthOptions _options;
    private readonly SigningCredentials _credentials;
    private readonly TimeProvider _clock;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public JwtAccessTokens(AuthOptions options, SecurityKey signingKey, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        _credentials = new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256);
        ValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = signingKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = PlaybooksClaimTypes.Name,
            RoleClaimType = PlaybooksClaimTypes.Role,
            AuthenticationType = PlaybooksClaimTypes.AuthenticationType,
        };
    }

    public TokenValidationParameters ValidationParameters { get; }

    public AccessToken Issue(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = _clock.GetUtcNow();
        var expires = now + _options.TokenLifetime;
        return new AccessToken(Create(user, now, expires), expires);
    }

    /// <summary>A token for <paramref name="user"/> valid from <paramref name="issuedAt"/> to <paramref name="expires"/>.</summary>
    public string Create(User user, DateTimeOffset issuedAt, DateTimeOffset expires, SigningCredentials? credentials = null)
    {
        var identity = CurrentIdentity.ToPrincipal(new CurrentIdentity(user.OrganizationId, user.Role, user.Id, null), user.Email, user.Name);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            Subject = (ClaimsIdentity)identity.Identity!,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = credentials ?? _credentials,
            Claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N") },
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>The token's principal when its signature, issuer, audience and lifetime hold; <c>null</c> otherwise.</summary>
    public async Task<ClaimsPrincipal?> ValidateAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, ValidationParameters).ConfigureAwait(false);
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }
}
