using GraphQL.Execution;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Authorization;

/// <summary>
/// The <c>@authorize</c> field middleware (<see cref="MiddlewareStage.Authorization"/>): checks the request's user against
/// a field's rules before the resolver runs. A failure is a field error (<see cref="ErrorCodes.AuthNotAuthenticated"/> or
/// <see cref="ErrorCodes.AuthNotAuthorized"/>): the field resolves to null and the rest of the response is kept.
/// </summary>
public static class AuthorizeMiddleware
{
    public static FieldMiddleware Create(IReadOnlyList<AuthorizationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var frozen = rules.ToArray();
        return next => context =>
        {
            var check = CheckAsync(context, frozen);
            if (check.IsCompletedSuccessfully)
            {
                return next(context);
            }

            return AwaitThenNext(check, next, context);
        };
    }

    /// <summary>Throws the field's authorization error when the request's user does not pass every rule.</summary>
    public static ValueTask CheckAsync(IResolverContext context, IReadOnlyList<AuthorizationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rules);
        var user = context.GetUser();
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw new GraphQLException(AuthorizationErrors.NotAuthenticated(context));
        }

        string? policy = null;
        foreach (var rule in rules)
        {
            if (rule.Roles.Count > 0 && !rule.Roles.Any(user.IsInRole))
            {
                throw new GraphQLException(AuthorizationErrors.NotAuthorized(context));
            }

            policy ??= rule.Policy;
        }

        return policy is null ? default : CheckPoliciesAsync(context, user, rules);
    }

    private static async ValueTask CheckPoliciesAsync(IResolverContext context, System.Security.Claims.ClaimsPrincipal user, IReadOnlyList<AuthorizationRule> rules)
    {
        var service = context.Services.GetService<IAuthorizationService>()
            ?? throw new InvalidOperationException("A field needs an authorization policy but no IAuthorizationService is registered (services.AddAuthorization()).");
        foreach (var rule in rules)
        {
            if (rule.Policy is { } policy && !(await service.AuthorizeAsync(user, context, policy).ConfigureAwait(false)).Succeeded)
            {
                throw new GraphQLException(AuthorizationErrors.NotAuthorized(context));
            }
        }
    }

    private static async ValueTask AwaitThenNext(ValueTask check, FieldDelegate next, IMiddlewareContext context)
    {
        await check.ConfigureAwait(false);
        await next(context).ConfigureAwait(false);
    }
}
