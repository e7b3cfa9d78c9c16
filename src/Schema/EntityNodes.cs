using GraphQL.Data.GlobalIds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Playbooks.Data;

namespace Playbooks.Schema;

/// <summary>
/// How <c>node(id)</c>/<c>nodes(ids)</c> fetch entities: the keys of one type in one query, on a context of the request's
/// tenant, so another organization's ids find nothing (the query filter and row-level security both hide them).
/// </summary>
public static class EntityNodes
{
    /// <param name="query">The rows with these keys: <c>(db, keys) => db.Playbooks.Where(p => keys.Contains(p.Id))</c>.</param>
    /// <param name="key">The key of a row.</param>
    public static NodeBatchResolver<Guid, T> From<T>(Func<PlaybooksDbContext, IReadOnlyList<Guid>, IQueryable<T>> query, Func<T, Guid> key)
        where T : class =>
        async (keys, services, cancellationToken) =>
        {
            await using var db = services.GetRequiredService<PlaybooksDbContexts>().Create();
            var rows = await query(db, keys).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ToDictionary(key);
        };
}
