using System.Collections.Concurrent;
using GraphQL.Execution;

namespace GraphQL.PersistedDocuments;

/// <summary>
/// Documents held in memory: filled at start-up (<see cref="Add(string)"/>, <see cref="DocumentFolder.LoadInto"/>) and by
/// automatic persisted queries, up to <see cref="Capacity"/> registrations.
/// </summary>
public sealed class InMemoryDocumentStore : IDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    /// <summary>
    /// How many documents <see cref="SaveAsync"/> may add (automatic persisted queries): a hostile client must not grow
    /// the store without bound. Documents added with <see cref="Add(string)"/> do not count against it.
    /// </summary>
    public int Capacity { get; init; } = 10_000;

    public int Count => _documents.Count;

    /// <summary>Adds a trusted document under the hash of its text; returns that hash.</summary>
    public string Add(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = DocumentHash.Compute(document).ToString();
        _documents[hash] = document;
        return hash;
    }

    /// <summary>Adds a trusted document under a hash a manifest gives.</summary>
    /// <exception cref="ArgumentException">The hash is not the SHA-256 of the document.</exception>
    public void Add(string hash, string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var actual = DocumentHash.Compute(document).ToString();
        if (!string.Equals(actual, hash, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The document listed as {hash} has the SHA-256 hash {actual}.", nameof(hash));
        }

        _documents[actual] = document;
    }

    public ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken) =>
        new(_documents.TryGetValue(hash, out var document) ? document : null);

    public ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        if (_documents.Count < Capacity)
        {
            _documents.TryAdd(hash, document);
        }

        return ValueTask.CompletedTask;
    }
}
