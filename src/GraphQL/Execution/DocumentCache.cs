using System.Collections.Concurrent;

namespace GraphQL.Execution;

/// <summary>
/// Parsed documents by <see cref="DocumentHash"/>, bounded: past the capacity, the least recently used quarter is dropped.
/// Lookups take no lock; only eviction does.
/// </summary>
internal sealed class DocumentCache
{
    private readonly ConcurrentDictionary<DocumentHash, PreparedDocument> _documents = new();
    private readonly Lock _evictionGate = new();
    private readonly int _capacity;

    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    public int Count => _documents.Count;

    public bool TryGet(DocumentHash hash, out PreparedDocument document)
    {
        if (_documents.TryGetValue(hash, out document!))
        {
            document.LastUsed = Environment.TickCount64;
            return true;
        }

        return false;
    }

    public PreparedDocument Add(DocumentHash hash, PreparedDocument document)
    {
        if (_capacity == 0)
        {
            return document;
        }

        document.LastUsed = Environment.TickCount64;
        var added = _documents.GetOrAdd(hash, document);
        if (_documents.Count > _capacity)
        {
            Evict();
        }

        return added;
    }

    private void Evict()
    {
        lock (_evictionGate)
        {
            if (_documents.Count <= _capacity)
            {
                return;
            }

            var entries = _documents.ToArray();
            Array.Sort(entries, static (left, right) => left.Value.LastUsed.CompareTo(right.Value.LastUsed));
            var remove = Math.Max(entries.Length - _capacity, entries.Length / 4);
            for (var i = 0; i < remove; i++)
            {
                _documents.TryRemove(entries[i].Key, out _);
            }
        }
    }
}
