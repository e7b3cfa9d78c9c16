using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Playbooks.Server.Auth;

/// <summary>Authenticates <c>Authorization: Bearer pbk_…</c> (an API key) over HTTP.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PrincipalValidator principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = TokenAuthenticator.StripScheme(Request.Headers.Authorization.ToString());
        if (key.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var principal = await principals.ForApiKeyAsync(key, Context.RequestAborted).ConfigureAwait(false);
        return principal is null
            ? AuthenticateResult.Fail("Unknown or revoked API key.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
