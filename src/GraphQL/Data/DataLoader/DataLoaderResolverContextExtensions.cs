using GraphQL.Execution;

namespace GraphQL.Data.DataLoader;

/// <summary>How resolvers get the loaders of their execution.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>
    /// The execution's <typeparamref name="TLoader"/>: the request's service when one is registered (scoped), otherwise
    /// one made with its parameterless constructor; bound to this execution either way.
    /// </summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        return Scheduler(context).GetOrAdd(typeof(TLoader).FullName!, () =>
            services.GetService(typeof(TLoader)) as TLoader ?? Activator.CreateInstance<TLoader>());
    }

    /// <summary>
    /// A batch loader made of <paramref name="fetch"/>, one per <paramref name="name"/> and execution: the first call's
    /// delegate is kept, so give each distinct fetch its own name.
    /// </summary>
    public static BatchDataLoader<TKey, TValue> BatchLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return Scheduler(context).GetOrAdd<BatchDataLoader<TKey, TValue>>(name, () => new FuncBatchDataLoader<TKey, TValue>(fetch, options));
    }

    /// <summary>A grouped loader (a list per key) made of <paramref name="fetch"/>, one per <paramref name="name"/> and execution.</summary>
    public static GroupedDataLoader<TKey, TValue> GroupLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return Scheduler(context).GetOrAdd<GroupedDataLoader<TKey, TValue>>(name, () => new FuncGroupedDataLoader<TKey, TValue>(fetch, options));
    }

    private static DataLoaderScheduler Scheduler(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context is ResolverContext { Scope: var scope }
            ? scope.DataLoaders
            : throw new InvalidOperationException("Data loaders need the context of an executing field.");
    }
}
