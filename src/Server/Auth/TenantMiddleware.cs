using Playbooks.Data.Tenancy;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Server.Auth;

/// <summary>
/// Every request runs as one tenant: the organization of its authenticated principal becomes the request's
/// <see cref="TenantContext"/>, which every DbContext of the request (and so every connection it opens) applies. An
/// anonymous request has no tenant and sees no tenant rows. Runs after authentication; a WebSocket whose
/// <c>connection_init</c> carries a token sets its tenant again (<see cref="WebSocketAuthentication"/>).
/// </summary>
internal sealed class TenantMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        tenant.Set(CurrentIdentity.From(context.User)?.OrganizationId);
        return next(context);
    }
}
