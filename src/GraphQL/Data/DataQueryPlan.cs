using System.Linq.Expressions;

namespace GraphQL.Data;

/// <summary>
/// One field's query for one set of arguments: its filter, its order (with the primary key last), and its page window.
/// <see cref="Apply"/> composes them in the one documented order, for a field's root query and for a nested collection
/// inside a projection alike: <c>Where(filter).Where(keyset).OrderBy(keys…, key).Skip(s).Take(n + 1)</c>.
/// </summary>
internal sealed class DataQueryPlan
{
    private DataQueryPlan(DataField field)
    {
        Field = field;
    }

    public DataField Field { get; }

    public LambdaExpression? Filter { get; private set; }

    /// <summary>The order's keys, the primary key last; empty when the field is not ordered.</summary>
    public List<SortKey> Keys { get; private set; } = [];

    public List<LambdaExpression> Seeks { get; } = [];

    /// <summary>Reading backwards (<c>last</c>): the order flipped, the rows reversed after reading.</summary>
    public bool Reversed { get; private set; }

    /// <summary>The page size (<c>first</c>, <c>last</c>, <c>take</c>), or <c>null</c> for every row.</summary>
    public int? PageSize { get; private set; }

    public int Skip { get; private set; }

    public bool HasAfter { get; private set; }

    public bool HasBefore { get; private set; }

    /// <summary>Reads the arguments; throws a <see cref="GraphQLException"/> for bad page sizes or cursors.</summary>
    public static DataQueryPlan Create(DataField field, IReadOnlyDictionary<string, object?> arguments, IQueryAdapter adapter, bool inMemory)
    {
        var plan = new DataQueryPlan(field);
        if (field.Filtering && field.FilterType is not null)
        {
            plan.Filter = new FilterExpressionBuilder(adapter).Build(
                field.FilterType, arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, field.EntityType);
        }

        var keys = field.Sorting ? SortArguments.Read(field.SortType, arguments.GetValueOrDefault("order"), field.EntityType) : [];
        if (keys.Count == 0 && field.DefaultOrder.Count > 0)
        {
            keys = [.. field.DefaultOrder];
        }

        if (keys.Count > 0 || field.Paging is not null || field.OffsetPaging is not null)
        {
            keys = SortArguments.WithKey(keys, field.Key, field.EntityType);
        }

        plan.Keys = keys;
        if (field.Paging is { } paging)
        {
            plan.ReadCursorWindow(paging, arguments, inMemory);
        }
        else if (field.OffsetPaging is { } offset)
        {
            plan.ReadOffsetWindow(offset, arguments);
        }
        else if (field.FirstOrDefault)
        {
            plan.PageSize = 1;
        }

        return plan;
    }

    /// <summary>The sequence with the plan applied; <paramref name="window"/> false reads every matching row (to count them in memory).</summary>
    public Expression Apply(QueryComposer composer, Expression source, bool window = true)
    {
        var itemType = Field.EntityType;
        if (Filter is not null)
        {
            source = composer.Where(source, itemType, Filter);
        }

        if (window)
        {
            foreach (var seek in Seeks)
            {
                source = composer.Where(source, itemType, seek);
            }
        }

        if (Keys.Count > 0)
        {
            source = composer.OrderBy(source, itemType, Keys, window && Reversed);
        }

        if (window && Skip > 0)
        {
            source = composer.Skip(source, itemType, Skip);
        }

        if (window && PageSize is { } size)
        {
            // One more row than the page says whether another page follows, without a count.
            source = composer.Take(source, itemType, Field.FirstOrDefault ? size : size + 1);
        }

        return source;
    }

    /// <summary>The page out of the rows read by <see cref="Apply"/>: at most the page size, in the order asked for.</summary>
    public (List<object> Rows, bool HasNextPage, bool HasPreviousPage) Window(IReadOnlyList<object> rows)
    {
        var page = new List<object>(rows);
        var hasMore = PageSize is { } size && page.Count > size;
        if (hasMore)
        {
            page.RemoveRange(PageSize!.Value, page.Count - PageSize.Value);
        }

        if (Reversed)
        {
            page.Reverse();
            return (page, HasBefore, hasMore);
        }

        return (page, hasMore, Field.Paging is not null ? HasAfter : Skip > 0);
    }

    /// <summary>The window applied in memory to every matching row (already filtered and ordered), for a nested total count.</summary>
    public List<object> WindowInMemory(IReadOnlyList<object> ordered)
    {
        IEnumerable<object> rows = ordered;
        if (Reversed)
        {
            rows = rows.Reverse();
        }

        if (Seeks.Count > 0)
        {
            var predicates = Seeks.Select(seek => seek.Compile()).ToList();
            rows = rows.Where(row => predicates.TrueForAll(predicate => (bool)predicate.DynamicInvoke(row)!));
        }

        rows = rows.Skip(Skip);
        return PageSize is { } size ? [.. rows.Take(size + 1)] : [.. rows];
    }

    private void ReadCursorWindow(PagingOptions options, IReadOnlyDictionary<string, object?> arguments, bool inMemory)
    {
        var first = arguments.GetValueOrDefault("first") as int?;
        var last = arguments.GetValueOrDefault("last") as int?;
        if (first is not null && last is not null)
        {
            throw DataErrors.FirstAndLast();
        }

        PageSize = Size("first", first, options.MaxPageSize) ?? Size("last", last, options.MaxPageSize) ?? options.DefaultPageSize;
        Reversed = last is not null;
        if (arguments.GetValueOrDefault("after") is string after)
        {
            HasAfter = true;
            var values = CursorCodec.Decode(after, "after", Field.Coordinate, Keys);
            Seeks.Add(Keyset.After(Field.EntityType, Keys, values, reversed: false, inMemory));
        }

        if (arguments.GetValueOrDefault("before") is string before)
        {
            HasBefore = true;
            var values = CursorCodec.Decode(before, "before", Field.Coordinate, Keys);
            Seeks.Add(Keyset.After(Field.EntityType, Keys, values, reversed: true, inMemory));
        }
    }

    private void ReadOffsetWindow(OffsetPagingOptions options, IReadOnlyDictionary<string, object?> arguments)
    {
        var skip = arguments.GetValueOrDefault("skip") as int?;
        if (skip < 0)
        {
            throw DataErrors.Negative("skip");
        }

        Skip = skip ?? 0;
        PageSize = Size("take", arguments.GetValueOrDefault("take") as int?, options.MaxPageSize) ?? options.DefaultPageSize;
    }

    private static int? Size(string argument, int? value, int maximum) => value switch
    {
        < 0 => throw DataErrors.Negative(argument),
        { } size when size > maximum => throw DataErrors.PageTooLarge(argument, size, maximum),
        _ => value,
    };
}
