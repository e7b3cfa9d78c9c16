using Microsoft.EntityFrameworkCore;
using Playbooks.Data.Tenancy;

namespace Playbooks.Data;

/// <summary>
/// Hands out one <see cref="PlaybooksDbContext"/> per unit of concurrent work in a request: a resolver, or a data
/// loader's batch. A DbContext must never be used by two operations at once, and GraphQL runs a query's root fields (and
/// the batches of different loaders) concurrently, so such code asks here instead of sharing the scoped context. Every
/// context carries the scope's tenant (the connection interceptor applies it to row-level security, the query filter
/// reads it) and is disposed when the scope ends, if its user did not dispose it first.
/// </summary>
/// <example>
/// <code>
/// await using var db = contexts.Create();   // or leave it to the scope
/// return await db.Playbooks.Where(p =&gt; keys.Contains(p.Id)).ToDictionaryAsync(p =&gt; p.Id, ct);
/// </code>
/// </example>
public sealed class PlaybooksDbContexts(DbContextOptions<PlaybooksDbContext> options, ITenantContext tenant, bool tenantFilterEnabled)
    : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<PlaybooksDbContext> _created = [];
    private bool _disposed;

    /// <summary>A new context of this scope's tenant, for one resolver or batch; the scope disposes it at the latest.</summary>
    /// <exception cref="ObjectDisposedException">The scope has ended.</exception>
    public PlaybooksDbContext Create()
    {
        var context = new PlaybooksDbContext(options, tenant) { TenantFilterEnabled = tenantFilterEnabled };
        lock (_gate)
        {
            if (_disposed)
            {
                context.Dispose();
                throw new ObjectDisposedException(nameof(PlaybooksDbContexts));
            }

            _created.Add(context);
        }

        return context;
    }

    public async ValueTask DisposeAsync()
    {
        PlaybooksDbContext[] created;
        lock (_gate)
        {
            _disposed = true;
            created = [.. _created];
            _created.Clear();
        }

        // Disposing a context twice is harmless, so contexts their users already disposed need no tracking.
        foreach (var context in created)
        {
            await context.DisposeAsync().ConfigureAwait(false);
        }
    }
}
