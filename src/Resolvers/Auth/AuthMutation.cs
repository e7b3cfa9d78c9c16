using System.ComponentModel.DataAnnotations;
using GraphQL.Authorization;
using GraphQL.Execution;
using GraphQL.Types.CodeFirst;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Playbooks.Data;
using Playbooks.Data.Entities;
using Playbooks.Schema.Auth;

namespace Playbooks.Resolvers.Auth;

/// <summary>
/// Sign-in and API keys. Written as plain methods that return their result and throw declared domain exceptions
/// (<see cref="InvalidCredentialsException"/>, <see cref="TooManyLoginAttemptsException"/>, <see cref="NotFoundException"/>),
/// which the mutation convention (<c>[UseMutationConvention]</c>, per method: <c>echo</c> stays a plain field) reports as
/// payload errors: <c>login(input: { email, password }) { loginResult { token } errors { __typename message code } }</c>.
/// The payloads are non-null, so a caller without the admin role gets <c>data: null</c> and an AUTH_NOT_AUTHORIZED error.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class AuthMutation
{
    [AllowAnonymous]
    [UseMutationConvention]
    [Error<InvalidCredentialsException>]
    [Error<TooManyLoginAttemptsException>]
    [GraphQLDescription("Signs in with e-mail and password and returns an access token. Wrong credentials give one " +
        "generic payload error (`InvalidCredentialsError`); repeated failures are refused for a while (`TooManyLoginAttemptsError`).")]
    public static Task<LoginResult> Login(string email, string password, [Service] SignInService signIn, IResolverContext context) =>
        signIn.LoginAsync(email, password, ClientAddress(context), context.RequestAborted);

    [Authorize(Roles = RoleNames.Admin)]
    [UseMutationConvention]
    [GraphQLDescription("Creates an API key for a service client (admins only). The secret is in the answer, and only there.")]
    public static async Task<CreateApiKeyResult> CreateApiKey(
        [MaxLength(255)] string name,
        [Service] PlaybooksDbContext db,
        IResolverContext context,
        UserRole role = UserRole.Member)
    {
        var identity = CurrentIdentity.Of(context);
        var secret = ApiKeySecrets.Generate();
        var key = new ApiKey
        {
            OrganizationId = identity.OrganizationId,
            Name = name,
            Prefix = secret[..ApiKeySecrets.DisplayLength],
            KeyHash = ApiKeySecrets.Hash(secret),
            Role = role,
            CreatedByUserId = identity.UserId,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(context.RequestAborted).ConfigureAwait(false);
        return new CreateApiKeyResult(ApiKeyInfo.From(key), secret);
    }

    [Authorize(Roles = RoleNames.Admin)]
    [UseMutationConvention]
    [Error<NotFoundException>]
    [GraphQLDescription("Revokes an API key (admins only): it signs in no more. An id of another organization is a `NotFoundError`, like an unknown one.")]
    public static async Task<ApiKeyInfo> RevokeApiKey([ID] Guid id, [Service] PlaybooksDbContext db, [Service] TimeProvider clock, IResolverContext context)
    {
        // The tenant filter and row-level security both hide other organizations' keys: theirs is "not found".
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, context.RequestAborted).ConfigureAwait(false)
            ?? throw new NotFoundException("API key", id.ToString());
        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(context.RequestAborted).ConfigureAwait(false);
        return ApiKeyInfo.From(key);
    }

    private static string? ClientAddress(IResolverContext context) =>
        context.ContextData.TryGetValue(nameof(HttpContext), out var http) && http is HttpContext httpContext
            ? httpContext.Connection.RemoteIpAddress?.ToString()
            : null;
}
