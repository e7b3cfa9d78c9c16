using System.Globalization;
using System.Security.Claims;
using GraphQL.Authorization;
using GraphQL.Execution;
using Playbooks.Data.Entities;

namespace Playbooks.Resolvers.Auth;

/// <summary>Who a request runs as, read from its principal's claims (see <see cref="PlaybooksClaimTypes"/>).</summary>
public sealed record CurrentIdentity(Guid OrganizationId, UserRole Role, Guid? UserId, Guid? ApiKeyId)
{
    /// <summary>The identity of an authenticated principal carrying our claims; <c>null</c> otherwise.</summary>
    public static CurrentIdentity? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(PlaybooksClaimTypes.OrganizationId), out var organization)
            || RoleNames.Parse(principal.FindFirstValue(PlaybooksClaimTypes.Role)) is not { } role)
        {
            return null;
        }

        return new CurrentIdentity(organization, role, ParseId(principal, PlaybooksClaimTypes.UserId), ParseId(principal, PlaybooksClaimTypes.ApiKeyId));
    }

    /// <summary>The request's identity; fields reaching here passed <c>@authorize</c>, so one is there.</summary>
    public static CurrentIdentity Of(IResolverContext context) =>
        From(context.GetUser()) ?? throw new GraphQLException(AuthorizationErrors.NotAuthenticated(context));

    /// <summary>A principal for <paramref name="identity"/>, as token and API-key authentication build it.</summary>
    public static ClaimsPrincipal ToPrincipal(CurrentIdentity identity, string? email = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var claims = new List<Claim>
        {
            new(PlaybooksClaimTypes.OrganizationId, identity.OrganizationId.ToString()),
            new(PlaybooksClaimTypes.Role, RoleNames.Of(identity.Role)),
        };
        if (identity.UserId is { } user)
        {
            claims.Add(new Claim(PlaybooksClaimTypes.UserId, user.ToString()));
        }

        if (identity.ApiKeyId is { } key)
        {
            claims.Add(new Claim(PlaybooksClaimTypes.ApiKeyId, key.ToString()));
        }

        if (email is not null)
        {
            claims.Add(new Claim(PlaybooksClaimTypes.Email, email));
        }

        if (name is not null)
        {
            claims.Add(new Claim(PlaybooksClaimTypes.Name, name));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, PlaybooksClaimTypes.AuthenticationType, PlaybooksClaimTypes.Name, PlaybooksClaimTypes.Role));
    }

    private static Guid? ParseId(ClaimsPrincipal principal, string claim) =>
        Guid.TryParse(principal.FindFirstValue(claim), CultureInfo.InvariantCulture, out var id) ? id : null;
}
