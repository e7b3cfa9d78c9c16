using System.Text.Json;
using GraphQL.Authorization;
using GraphQL.Transport.WebSockets;
using Playbooks.Data.Tenancy;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Server.Auth;

/// <summary>
/// Signs a WebSocket connection in from its <c>connection_init</c> payload: <c>{ "authorization": "Bearer …" }</c>
/// (also <c>Authorization</c> or <c>token</c>), as graphql-ws clients send <c>connectionParams</c>. A payload token that is
/// rejected closes the socket with 4403; without one the connection keeps the upgrade request's user (an
/// <c>Authorization</c> header on the upgrade), or stays anonymous. The connection's tenant is set in its service scope,
/// which every operation on the socket uses.
/// </summary>
internal static class WebSocketAuthentication
{
    private static readonly string[] TokenKeys = ["authorization", "Authorization", "token", "authToken"];

    public static async ValueTask<bool> OnConnectAsync(ConnectionInitContext context)
    {
        var user = context.HttpContext.User;
        if (FindToken(context.Payload) is { } token)
        {
            var authenticator = context.Services.GetRequiredService<TokenAuthenticator>();
            var principal = await authenticator.AuthenticateAsync(token, context.ConnectionClosed).ConfigureAwait(false);
            if (principal is null)
            {
                return false;
            }

            user = principal;
        }

        context.Items[ResolverContextUserExtensions.UserKey] = user;
        context.Services.GetRequiredService<TenantContext>().Set(CurrentIdentity.From(user)?.OrganizationId);
        return true;
    }

    private static string? FindToken(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        foreach (var key in TokenKeys)
        {
            if (value.TryGetProperty(key, out var token) && token.ValueKind == JsonValueKind.String)
            {
                return token.GetString();
            }
        }

        // graphql-ws users often nest headers: { headers: { Authorization: "Bearer …" } }.
        return value.TryGetProperty("headers", out var headers) ? FindToken(headers) : null;
    }
}
