namespace GraphQL.Data.DataLoader;

/// <summary>
/// Loads one value per key, many keys in one fetch. Subclass and register it scoped (or get it with
/// <c>context.DataLoader&lt;T&gt;()</c>); a key the fetch does not return gives <c>default</c> (null).
/// </summary>
/// <example>
/// <code>
/// internal sealed class PlaybookByIdLoader(PlaybooksDbContexts contexts) : BatchDataLoader&lt;Guid, Playbook&gt;
/// {
///     protected override async Task&lt;IReadOnlyDictionary&lt;Guid, Playbook&gt;&gt; LoadBatchAsync(IReadOnlyList&lt;Guid&gt; keys, CancellationToken ct)
///     {
///         await using var db = contexts.Create();
///         return await db.Playbooks.Where(p =&gt; keys.Contains(p.Id)).ToDictionaryAsync(p =&gt; p.Id, ct);
///     }
/// }
/// </code>
/// </example>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    protected BatchDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/>; leave out those that do not exist.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue?>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return (IReadOnlyDictionary<TKey, TValue?>)values;
    }

    protected sealed override TValue? MissingValue(TKey key) => default;
}
