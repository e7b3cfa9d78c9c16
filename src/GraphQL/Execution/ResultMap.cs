using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphQL.Execution;

/// <summary>
/// One object of a response's <c>data</c>: the values of the fields an operation selected, in selection order
/// (<see href="https://spec.graphql.org/September2025/#sec-Serialization-Format">§7.2.1 Serialization Format</see>).
/// Keys come from the shared operation plan, so an object costs one small array of values.
/// </summary>
/// <remarks>Lookup by key is a linear scan; read a map in order rather than by key where it matters.</remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A response object, named as GraphQL servers name it.")]
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly FieldSelection[] _fields;

    internal ResultMap(FieldSelection[] fields)
    {
        _fields = fields;
        Values = new object?[fields.Length];
    }

    public int Count => _fields.Length;

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var selection in _fields)
            {
                yield return selection.ResponseName;
            }
        }
    }

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    internal FieldSelection[] Fields => _fields;

    internal object?[] Values { get; }

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No entry named '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? Values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_fields[i].ResponseName, Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_fields[i].ResponseName == key)
            {
                return i;
            }
        }

        return -1;
    }
}
