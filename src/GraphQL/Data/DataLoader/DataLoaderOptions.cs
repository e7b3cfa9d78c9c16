namespace GraphQL.Data.DataLoader;

/// <summary>How a loader batches and caches.</summary>
public sealed record DataLoaderOptions
{
    public static readonly DataLoaderOptions Default = new();

    /// <summary>The most keys one fetch receives; more queued keys are split into several fetches. 0 means no limit.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>Whether a key loaded once in the request is answered from the cache afterwards (the default).</summary>
    public bool Caching { get; init; } = true;
}
