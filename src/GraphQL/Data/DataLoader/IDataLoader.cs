namespace GraphQL.Data.DataLoader;

/// <summary>
/// A loader whose queued keys the execution fetches together (<see cref="DataLoaderScheduler"/>). Implement through
/// <see cref="BatchDataLoader{TKey, TValue}"/> or <see cref="GroupedDataLoader{TKey, TValue}"/>.
/// </summary>
public interface IDataLoader
{
    /// <summary>Whether keys are queued and not yet fetched.</summary>
    bool HasPendingKeys { get; }

    /// <summary>
    /// Fetches the queued keys (in batches of at most <see cref="DataLoaderOptions.MaxBatchSize"/>) and completes their
    /// tasks; never throws: a failed batch fails the tasks of its keys.
    /// </summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
