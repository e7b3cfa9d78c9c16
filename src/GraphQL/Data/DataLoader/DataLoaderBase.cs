
namespace GraphQL.Data.DataLoader;

/// <summary>
/// Queues keys, fetches them together when the execution dispatches, and caches each key's task for the rest of the
/// request. <see cref="BatchDataLoader{TKey, TValue}"/> and <see cref="GroupedDataLoader{TKey, TValue}"/> say how a
/// fetch is made and what a missing key gives.
/// </summary>
/// <remarks>
/// Thread-safe: sibling resolvers queue keys from several threads. The keys' tasks complete on the dispatching thread
/// and their continuations run inline there, so the resolvers waiting for them run on until they queue the next level's
/// keys before the scheduler looks for pending keys again.
/// </remarks>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader, IAttachableDataLoader
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache = [];
    private Dictionary<TKey, TaskCompletionSource<TValue>> _pending = [];
    private DataLoaderScheduler? _scheduler;

    protected DataLoaderBase(DataLoaderOptions? options = null)
    {
        Options = options ?? DataLoaderOptions.Default;
    }

    public DataLoaderOptions Options { get; }

    public bool HasPendingKeys
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, fetched with the other keys queued in this round.</summary>
    /// <exception cref="InvalidOperationException">The loader was not obtained through the resolver context.</exception>
    public Task<TValue> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        TaskCompletionSource<TValue>? queued;
        bool isNew;
        lock (_gate)
        {
            if (Options.Caching && _cache.TryGetValue(key, out var cached))
            {
                return cached.Task;
            }

            isNew = !_pending.TryGetValue(key, out queued);
            if (isNew)
            {
                // Not RunContinuationsAsynchronously: the waiting resolvers must continue inline (see remarks).
                queued = new TaskCompletionSource<TValue>();
                _pending.Add(key, queued);
                if (Options.Caching)
                {
                    _cache.Add(key, queued);
                }
            }
        }

        if (isNew)
        {
            (_scheduler ?? throw new InvalidOperationException(
                $"{GetType().Name} is not attached to an execution: get it with context.DataLoader<T>() or context.BatchLoader(...).")).KeysQueued();
        }

        return queued!.Task;
    }

    /// <summary>The values of <paramref name="keys"/>, in order.</summary>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Seeds the cache, e.g. with entities another query already read.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            if (!_cache.ContainsKey(key))
            {
                var primed = new TaskCompletionSource<TValue>();
                primed.SetResult(value);
                _cache.Add(key, primed);
            }
        }
    }

    /// <summary>Forgets the cached value of <paramref name="key"/> (after a mutation changed it).</summary>
    public void Clear(TKey key)
    {
        lock (_gate)
        {
            _cache.Remove(key);
        }
    }

    void IAttachableDataLoader.Attach(DataLoaderScheduler scheduler) => _scheduler = scheduler;

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        Dictionary<TKey, TaskCompletionSource<TValue>> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = _pending;
            _pending = [];
        }

        var size = Options.MaxBatchSize > 0 ? Options.MaxBatchSize : batch.Count;
        var chunks = batch.Chunk(size).ToArray();
        var fetches = new Task<IReadOnlyDictionary<TKey, TValue>>[chunks.Length];
        for (var i = 0; i < chunks.Length; i++)
        {
            fetches[i] = FetchAsync(chunks[i].Select(entry => entry.Key).ToArray(), cancellationToken);
        }

        // Every fetch is awaited before any key completes, so the next level's keys of all of them queue together.
        try
        {
            await Task.WhenAll(fetches).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Each fetch's failure is read below and given to its own keys.
        }

        for (var i = 0; i < chunks.Length; i++)
        {
            Complete(chunks[i], fetches[i]);
        }
    }

    /// <summary>Fetches one batch; the keys are distinct.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the batch did not return.</summary>
    protected abstract TValue MissingValue(TKey key);

    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(TKey[] keys, CancellationToken cancellationToken)
    {
        using var activity = Telemetry.GraphQLTelemetry.StartDataLoaderBatch(GetType().Name, keys.Length);
        return await FetchBatchAsync(keys, cancellationToken).ConfigureAwait(false);
    }

    private void Complete(KeyValuePair<TKey, TaskCompletionSource<TValue>>[] chunk, Task<IReadOnlyDictionary<TKey, TValue>> fetch)
    {
        if (fetch.IsCompletedSuccessfully)
        {
            var values = fetch.Result;
            foreach (var (key, completion) in chunk)
            {
                completion.TrySetResult(values.TryGetValue(key, out var value) ? value : MissingValue(key));
            }

            return;
        }

        var failure = fetch.Exception?.InnerException ?? new OperationCanceledException();
        lock (_gate)
        {
            // A failed key is fetched again if asked again, rather than failing for the rest of the request.
            foreach (var (key, _) in chunk)
            {
                _cache.Remove(key);
            }
        }

        foreach (var (_, completion) in chunk)
        {
            completion.TrySetException(failure);
        }
    }
}
