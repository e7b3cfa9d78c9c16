namespace GraphQL.Language;

/// <summary>
/// Collects the items of one list production (<c>Selection+</c>, <c>Argument+</c>…) and hands them
/// over as an exactly sized array. Most lists are short, so the first four items live in the
/// builder itself and a typical list costs one allocation; longer lists spill into a <see cref="List{T}"/>.
/// </summary>
internal struct SyntaxListBuilder<T>
    where T : class
{
    private T? _item0;
    private T? _item1;
    private T? _item2;
    private T? _item3;
    private List<T>? _overflow;
    private int _count;

    public readonly int Count => _count;

    public void Add(T item)
    {
        switch (_count)
        {
            case 0:
                _item0 = item;
                break;
            case 1:
                _item1 = item;
                break;
            case 2:
                _item2 = item;
                break;
            case 3:
                _item3 = item;
                break;
            default:
                _overflow ??= new List<T>(4);
                _overflow.Add(item);
                break;
        }

        _count++;
    }

    /// <summary>The items in order; the shared empty array when there are none.</summary>
    public readonly IReadOnlyList<T> ToList()
    {
        if (_count == 0)
        {
            return [];
        }

        var items = new T[_count];
        items[0] = _item0!;
        if (_count > 1)
        {
            items[1] = _item1!;
        }

        if (_count > 2)
        {
            items[2] = _item2!;
        }

        if (_count > 3)
        {
            items[3] = _item3!;
        }

        _overflow?.CopyTo(items, 4);
        return items;
    }
}
