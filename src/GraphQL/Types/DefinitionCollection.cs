using System.Collections;

namespace GraphQL.Types;

/// <summary>
/// The fields, arguments, input fields or enum values of a schema element: ordered as defined,
/// with O(1) lookup by name.
/// </summary>
public sealed class DefinitionCollection<T> : IReadOnlyList<T>
    where T : class
{
    private readonly Func<T, string> _nameOf;
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    internal DefinitionCollection(Func<T, string> nameOf)
    {
        _nameOf = nameOf;
    }

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    /// <exception cref="KeyNotFoundException">No definition has that name.</exception>
    public T this[string name] =>
        _byName.TryGetValue(name, out var item) ? item : throw new KeyNotFoundException($"No definition named '{name}'.");

    public bool Contains(string name) => _byName.ContainsKey(name);

    public bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T item) =>
        _byName.TryGetValue(name, out item);

    /// <summary>The definition with that name, or <c>null</c>.</summary>
    public T? Find(string name) => _byName.TryGetValue(name, out var item) ? item : null;

    /// <summary>A struct enumerator, so <c>foreach</c> over a collection does not allocate.</summary>
    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    internal void Replace(T item)
    {
        var name = _nameOf(item);
        _items[_items.IndexOf(_byName[name])] = item;
        _byName[name] = item;
    }

    internal void Add(T item)
    {
        var name = _nameOf(item);
        if (!_byName.TryAdd(name, item))
        {
            throw new ArgumentException($"A definition named '{name}' already exists.", nameof(item));
        }

        _items.Add(item);
    }
}
