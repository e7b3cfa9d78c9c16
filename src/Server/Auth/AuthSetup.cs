using GraphQL.Authorization;
using GraphQL.Transport.Sse;
using GraphQL.Transport.WebSockets;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Server.Auth;

/// <summary>
/// Sign-in, tokens and tenant-per-request, wired in one place: JwtBearer for access tokens and an API-key handler, both
/// behind one default scheme that picks by the token's shape; then <see cref="TenantMiddleware"/>; the WebSocket and SSE
/// transports get the user in their <c>ContextData</c>.
/// </summary>
internal static class AuthSetup
{
    private const string SchemeName = "Playbooks";

    public static WebApplicationBuilder AddPlaybooksAuth(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<SecurityKey>(provider => SigningKeyResolver.Resolve(
            options, builder.Environment, provider.GetRequiredService<ILoggerFactory>().CreateLogger("Playbooks.Server.Auth")));
        services.AddSingleton<JwtAccessTokens>();
        services.AddSingleton<IAccessTokenIssuer>(provider => provider.GetRequiredService<JwtAccessTokens>());
        services.AddSingleton<ILoginAttemptLimiter, LoginAttemptLimiter>();
        services.AddSingleton<PrincipalValidator>();
        services.AddSingleton<TokenAuthenticator>();
        services.AddScoped<SignInService>();
        services.AddScoped<SubscriptionTopicGuard>();

        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "Access token or API key", scheme => scheme.ForwardDefaultSelector = context =>
                ApiKeySecrets.LooksLikeKey(TokenAuthenticator.StripScheme(context.Request.Headers.Authorization.ToString()))
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<JwtAccessTokens, PrincipalValidator>((jwt, tokens, principals) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = tokens.ValidationParameters;
                jwt.Events = new JwtBearerEvents
                {
                    // The signature holds; the user must also still exist and be active.
                    OnTokenValidated = async context =>
                    {
                        var principal = await principals.ForUserAsync(context.Principal!, context.HttpContext.RequestAborted).ConfigureAwait(false);
                        if (principal is null)
                        {
                            context.Fail("The token's user no longer exists or is deactivated.");
                            return;
                        }

                        context.Principal = principal;
                    },
                };
            });
        services.AddAuthorization();

        services.Configure<GraphQLWebSocketOptions>(ws => ws.OnConnect = WebSocketAuthentication.OnConnectAsync);
        services.Configure<GraphQLServerSentEventsOptions>(sse => sse.ContextDataFactory = context =>
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [ResolverContextUserExtensions.UserKey] = context.User,
                [nameof(HttpContext)] = context,
            });
        return builder;
    }

    /// <summary>Authentication, then the request's tenant; before the GraphQL transports.</summary>
    public static WebApplication UsePlaybooksAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<TenantMiddleware>();
        return app;
    }

    /// <summary>The engine's authorization rules: signed in for every root field, ADMIN or MEMBER for mutations.</summary>
    public static GraphQL.Types.Schema ApplyAuthorization(GraphQL.Types.Schema schema) =>
        SchemaAuthorization.Apply(schema, new SchemaAuthorizationOptions
        {
            DefaultRootFieldRule = AuthorizationRule.Authenticated,
            MutationRule = AuthorizationRule.InRoles(RoleNames.Writers),
        });
}
