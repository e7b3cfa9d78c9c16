using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphQL.Execution;

/// <summary>A list value of a response's <c>data</c>, grown in place while a list of unknown length completes.</summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A response list, named like ResultMap.")]
public sealed class ResultList : IReadOnlyList<object?>
{
    private object?[] _items;

    internal ResultList(int capacity)
    {
        _items = capacity == 0 ? [] : new object?[capacity];
    }

    public int Count { get; private set; }

    public object? this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _items[index];
        }
    }

    internal object?[] Items => _items;

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Appends a slot; returns its index.</summary>
    internal int Add(object? item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        }

        _items[Count] = item;
        return Count++;
    }

    internal void Set(int index, object? item) => _items[index] = item;
}
