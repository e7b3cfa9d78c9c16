using System.Security.Claims;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Authorization;

/// <summary>
/// The user a request runs as: <see cref="UserKey"/> in the request's <c>ContextData</c> (what a WebSocket connection
/// authenticated in <c>connection_init</c> sets), else the <see cref="HttpContext.User"/> of the HTTP request.
/// </summary>
public static class ResolverContextUserExtensions
{
    /// <summary>The <c>ContextData</c> key of the request's <see cref="ClaimsPrincipal"/>.</summary>
    public const string UserKey = "GraphQL.User";

    public static ClaimsPrincipal? GetUser(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return GetUser(context.ContextData);
    }

    public static ClaimsPrincipal? GetUser(IDictionary<string, object?> contextData)
    {
        ArgumentNullException.ThrowIfNull(contextData);
        if (contextData.TryGetValue(UserKey, out var user) && user is ClaimsPrincipal principal)
        {
            return principal;
        }

        return contextData.TryGetValue(nameof(HttpContext), out var http) && http is HttpContext httpContext ? httpContext.User : null;
    }

    /// <summary>Whether the request's user is signed in.</summary>
    public static bool IsAuthenticated(this IResolverContext context) => context.GetUser()?.Identity?.IsAuthenticated == true;
}
