using GraphQL.PersistedDocuments;
using StackExchange.Redis;

namespace Playbooks.Server.Redis;

/// <summary>
/// Persisted documents in Redis, shared by every server process: <c>{prefix}&lt;sha256-hex&gt;</c> holds the text.
/// Documents loaded at start-up (<paramref name="local"/>) are answered without a round trip; automatic persisted queries
/// are written with <paramref name="registrationLifetime"/> so that abandoned ones expire.
/// </summary>
internal sealed class RedisDocumentStore(
    RedisConnection connection,
    InMemoryDocumentStore? local = null,
    TimeSpan? registrationLifetime = null,
    string prefix = "graphql:document:") : IDocumentStore
{
    public async ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken)
    {
        if (local is not null && await local.TryGetAsync(hash, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known;
        }

        var multiplexer = await connection.GetAsync().ConfigureAwait(false);
        var value = await multiplexer.GetDatabase().StringGetAsync(prefix + hash).ConfigureAwait(false);
        return value.IsNull ? null : (string?)value;
    }

    public async ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        var multiplexer = await connection.GetAsync().ConfigureAwait(false);
        await multiplexer.GetDatabase().StringSetAsync(prefix + hash, document, registrationLifetime).ConfigureAwait(false);
    }

    /// <summary>Stores a trusted document (a deployment step, or a test): no expiry.</summary>
    public async Task AddTrustedAsync(string hash, string document)
    {
        var multiplexer = await connection.GetAsync().ConfigureAwait(false);
        await multiplexer.GetDatabase().StringSetAsync(prefix + hash, document).ConfigureAwait(false);
    }
}
