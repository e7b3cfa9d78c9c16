using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// One key of an order: a member path from the item (<c>x.Customer.Name</c>) and a direction. Nulls sort as if greater
/// than every value: last ascending, first descending (PostgreSQL's defaults, so its indexes serve the order).
/// </summary>
internal sealed class SortKey
{
    // A key compiles a reader for cursors: made once per item type, path and direction, not per request.
    private static readonly ConcurrentDictionary<(Type ItemType, string Path, bool Descending), SortKey> Cache = new();

    private SortKey(Type itemType, IReadOnlyList<PropertyInfo> path, bool descending)
    {
        Path = path;
        Descending = descending;
        var last = path[^1].PropertyType;
        ValueType = path.Count > 1 && last.IsValueType && Nullable.GetUnderlyingType(last) is null
            ? typeof(Nullable<>).MakeGenericType(last)
            : last;
        var item = Expression.Parameter(itemType, "x");
        Expression access = item;
        foreach (var property in path)
        {
            access = Expression.Property(access, property);
        }

        Selector = Expression.Lambda(Convert(access, ValueType), item);
        var safe = Expression.Lambda<Func<object, object?>>(Expression.Convert(NullSafe(Expression.Convert(ItemParameter, itemType), path, ValueType), typeof(object)), ItemParameter);
        Read = safe.Compile();
        SafeSelector = Expression.Lambda(NullSafe(item, path, ValueType), item);
        Name = string.Join(".", path.Select(property => property.Name)) + (descending ? ":DESC" : ":ASC");
    }

    /// <summary>The key of <paramref name="path"/> from <paramref name="itemType"/> in one direction (shared; immutable).</summary>
    public static SortKey For(Type itemType, IReadOnlyList<PropertyInfo> path, bool descending) =>
        Cache.GetOrAdd(
            (itemType, string.Join("\n", path.Select(property => property.DeclaringType!.FullName + "." + property.Name)), descending),
            static (_, state) => new SortKey(state.ItemType, state.Path, state.Descending),
            (ItemType: itemType, Path: path, Descending: descending));

    private static ParameterExpression ItemParameter { get; } = Expression.Parameter(typeof(object), "row");

    public IReadOnlyList<PropertyInfo> Path { get; }

    public bool Descending { get; }

    /// <summary>The key's CLR type, nullable when a navigation on the path may be missing.</summary>
    public Type ValueType { get; }

    /// <summary><c>x => x.Customer.Name</c>, for a query (a provider makes a missing row's members null).</summary>
    public LambdaExpression Selector { get; }

    /// <summary>The same, with explicit null checks, for in-memory sequences.</summary>
    public LambdaExpression SafeSelector { get; }

    /// <summary>Reads the key from a materialized item, for its cursor.</summary>
    public Func<object, object?> Read { get; }

    /// <summary>The key in a cursor's signature: <c>Customer.Name:ASC</c>.</summary>
    public string Name { get; }

    private static Expression Convert(Expression access, Type type) => access.Type == type ? access : Expression.Convert(access, type);

    private static Expression NullSafe(Expression instance, IReadOnlyList<PropertyInfo> path, Type valueType)
    {
        Expression access = Expression.Property(instance, path[0]);
        if (path.Count == 1)
        {
            return Convert(access, valueType);
        }

        var rest = NullSafe(access, [.. path.Skip(1)], valueType);
        return Expression.Condition(Expression.Equal(access, Expression.Constant(null, access.Type)), Expression.Constant(null, valueType), rest);
    }
}
