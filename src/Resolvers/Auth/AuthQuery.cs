using GraphQL.Authorization;
using GraphQL.Execution;
using GraphQL.Types.CodeFirst;
using Microsoft.EntityFrameworkCore;
using Playbooks.Data;
using Playbooks.Schema.Auth;

namespace Playbooks.Resolvers.Auth;

/// <summary><c>me</c> and the organization's API keys.</summary>
[ExtendObjectType("Query")]
public sealed class AuthQuery
{
    [GraphQLDescription("Who the request runs as: the user, the organization and the role.")]
    [GraphQLNullable] // null with an AUTH_* error when the caller may not see it; the rest of the response stays
    public static async Task<Me> Me([Service] PlaybooksDbContext db, IResolverContext context)
    {
        var identity = CurrentIdentity.Of(context);
        var cancellationToken = context.RequestAborted;
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == identity.OrganizationId, cancellationToken).ConfigureAwait(false);
        var user = identity.UserId is { } userId
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false)
            : null;
        var apiKey = identity.ApiKeyId is { } keyId
            ? await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken).ConfigureAwait(false)
            : null;
        return new Me(user is null ? null : UserAccount.From(user), OrganizationInfo.From(organization), identity.Role, apiKey?.Name);
    }

    [Authorize(Roles = RoleNames.Admin)]
    [GraphQLDescription("The organization's API keys, newest first (admins only).")]
    [GraphQLNullable] // null with an AUTH_* error when the caller may not see it; the rest of the response stays
    public static async Task<List<ApiKeyInfo>> ApiKeys([Service] PlaybooksDbContext db, IResolverContext context)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(context.RequestAborted).ConfigureAwait(false);
        return keys.ConvertAll(ApiKeyInfo.From);
    }
}
