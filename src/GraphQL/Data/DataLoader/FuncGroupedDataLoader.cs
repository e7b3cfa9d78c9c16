namespace GraphQL.Data.DataLoader;

/// <summary>The loader of <c>context.GroupLoader(name, fetch)</c>: a grouped loader made of a delegate.</summary>
internal sealed class FuncGroupedDataLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
    DataLoaderOptions? options)
    : GroupedDataLoader<TKey, TValue>(options)
    where TKey : notnull
{
    protected override Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);
}
