namespace GraphQL.Data.DataLoader;

/// <summary>
/// Loads a list per key (the children of many parents in one fetch); a key without rows gives an empty list.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    protected GroupedDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/>, grouped by key.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return groups.ToDictionary(group => group.Key, group => (IReadOnlyList<TValue>)[.. group]);
    }

    protected sealed override IReadOnlyList<TValue> MissingValue(TKey key) => [];
}
