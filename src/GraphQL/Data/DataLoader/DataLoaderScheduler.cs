using System.Collections.Concurrent;

namespace GraphQL.Data.DataLoader;

/// <summary>
/// The loaders of one execution (a query, a mutation, or one subscription event) and the dispatch of their keys.
/// </summary>
/// <remarks>
/// The executor starts every field it can before it awaits anything; when the whole execution is waiting, it calls
/// <see cref="RunUntilCompleteAsync"/>, which fetches every loader's queued keys, completes their tasks (the resolvers
/// waiting for them continue inline and queue the next level's keys), and repeats until the execution completes. So a
/// list of any length costs one fetch per loader and level, without timers. Keys queued later by a resolver that waited
/// for something else (its own query, say) wake the scheduler and are fetched then.
/// </remarks>
public sealed class DataLoaderScheduler
{
    private readonly ConcurrentDictionary<string, IDataLoader> _loaders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private TaskCompletionSource? _keysQueued;
    private int _starting;

    /// <summary>The loader registered under <paramref name="name"/>, created by <paramref name="create"/> on first use.</summary>
    public TLoader GetOrAdd<TLoader>(string name, Func<TLoader> create)
        where TLoader : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(create);
        var loader = _loaders.GetOrAdd(name, _ => Attach(create()));
        return loader as TLoader ?? throw new InvalidOperationException(
            $"The data loader '{name}' is a {loader.GetType().Name}, not a {typeof(TLoader).Name}.");
    }

    /// <summary>Whether any loader has keys to fetch.</summary>
    public bool HasPendingKeys => _loaders.Values.Any(loader => loader.HasPendingKeys);

    /// <summary>
    /// Dispatches queued keys until <paramref name="execution"/> completes. Returns when it completes or
    /// <paramref name="cancellationToken"/> is signalled (the caller then reports the abort).
    /// </summary>
    public async Task RunUntilCompleteAsync(Task execution, CancellationToken cancellationToken)
    {
        while (!execution.IsCompleted && !cancellationToken.IsCancellationRequested)
        {
            if (HasPendingKeys)
            {
                await DispatchAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            var keysQueued = WhenKeysQueued();
            if (HasPendingKeys)
            {
                continue;
            }

            await Task.WhenAny(execution, keysQueued.WaitAsync(cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The executor is starting fields after an await (e.g. the items of a list its data arrived for): keys they queue wait
    /// until <see cref="EndStarting"/>, so a list's keys go out in one batch even though the scheduler runs on another thread.
    /// </summary>
    internal void BeginStarting() => Interlocked.Increment(ref _starting);

    internal void EndStarting()
    {
        if (Interlocked.Decrement(ref _starting) == 0 && HasPendingKeys)
        {
            Signal();
        }
    }

    /// <summary>Called by a loader when it queues a key that is not pending yet.</summary>
    internal void KeysQueued()
    {
        if (Volatile.Read(ref _starting) == 0)
        {
            Signal();
        }
    }

    private void Signal()
    {
        TaskCompletionSource? waiting;
        lock (_gate)
        {
            waiting = _keysQueued;
            _keysQueued = null;
        }

        waiting?.TrySetResult();
    }

    private Task WhenKeysQueued()
    {
        lock (_gate)
        {
            // Asynchronous continuation: the resolver that queued the key must run on to queue its siblings' keys too.
            _keysQueued ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _keysQueued.Task;
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        // Loaders are fetched together; one loader's keys never wait for another's fetch.
        var dispatches = _loaders.Values.Where(loader => loader.HasPendingKeys).Select(loader => loader.DispatchAsync(cancellationToken));
        await Task.WhenAll(dispatches).ConfigureAwait(false);
    }

    private IDataLoader Attach(IDataLoader loader)
    {
        if (loader is IAttachableDataLoader attachable)
        {
            attachable.Attach(this);
        }

        return loader;
    }
}
