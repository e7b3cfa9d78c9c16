namespace GraphQL.Data.GlobalIds;

/// <summary>
/// Fetches the nodes of one type by key, many at once (one call per type and dispatch round of <c>node</c>/<c>nodes</c>);
/// leave out keys that do not exist (or that the caller may not see): their <c>node</c> is null.
/// </summary>
public delegate Task<IReadOnlyDictionary<TKey, TNode>> NodeBatchResolver<TKey, TNode>(
    IReadOnlyList<TKey> keys,
    IServiceProvider services,
    CancellationToken cancellationToken)
    where TKey : notnull;
