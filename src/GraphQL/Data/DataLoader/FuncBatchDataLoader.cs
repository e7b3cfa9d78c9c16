namespace GraphQL.Data.DataLoader;

/// <summary>The loader of <c>context.BatchLoader(name, fetch)</c>: a batch loader made of a delegate.</summary>
internal sealed class FuncBatchDataLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    DataLoaderOptions? options)
    : BatchDataLoader<TKey, TValue>(options)
    where TKey : notnull
{
    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);
}
