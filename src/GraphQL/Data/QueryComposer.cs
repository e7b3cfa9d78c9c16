using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// Appends LINQ operators to a sequence expression: <see cref="Queryable"/> ones to a query's expression (the root of a
/// field), <see cref="Enumerable"/> ones inside a projection (a nested collection, <c>p.Steps.Where(…)</c>), so both are
/// composed by the same code. <paramref name="inMemory"/> sequences sort nulls explicitly (as PostgreSQL does) and read
/// navigations null-safely.
/// </summary>
internal sealed class QueryComposer(bool queryable, bool inMemory)
{
    private static readonly Dictionary<(bool, string, int), MethodInfo> Methods = FindMethods();

    public bool InMemory => inMemory;

    public Expression Where(Expression source, Type itemType, LambdaExpression predicate) =>
        Call("Where", 2, [itemType], source, predicate);

    public Expression Take(Expression source, Type itemType, int count) =>
        Call("Take", 2, [itemType], source, Expression.Constant(count));

    public Expression Skip(Expression source, Type itemType, int count) =>
        Call("Skip", 2, [itemType], source, Expression.Constant(count));

    public Expression Select(Expression source, Type itemType, LambdaExpression selector) =>
        Call("Select", 2, [itemType, selector.ReturnType], source, selector);

    /// <summary>Orders by the keys, first to last; <paramref name="reversed"/> flips every direction (reading a page backwards).</summary>
    public Expression OrderBy(Expression source, Type itemType, IReadOnlyList<SortKey> keys, bool reversed)
    {
        var first = true;
        foreach (var key in keys)
        {
            var descending = key.Descending ^ reversed;
            var selector = inMemory ? key.SafeSelector : key.Selector;
            if (inMemory && FilterExpressionBuilder.CanBeNull(key.ValueType))
            {
                // Nulls as the greatest values: after the others ascending, before them descending.
                var item = selector.Parameters[0];
                var isNull = Expression.Lambda(Expression.Equal(selector.Body, Expression.Constant(null, key.ValueType)), item);
                source = Order(source, itemType, isNull, first, descending);
                first = false;
            }

            source = Order(source, itemType, selector, first, descending);
            first = false;
        }

        return source;
    }

    private MethodCallExpression Order(Expression source, Type itemType, LambdaExpression selector, bool first, bool descending)
    {
        var name = (first ? "OrderBy" : "ThenBy") + (descending ? "Descending" : "");
        return Call(name, 2, [itemType, selector.ReturnType], source, selector);
    }

    private MethodCallExpression Call(string name, int arity, Type[] typeArguments, Expression source, Expression argument)
    {
        var method = Methods[(queryable, name, arity)].MakeGenericMethod(typeArguments);
        var operand = queryable && argument is LambdaExpression lambda ? Expression.Quote(lambda) : argument;
        return Expression.Call(method, source, operand);
    }

    private static Dictionary<(bool, string, int), MethodInfo> FindMethods()
    {
        var methods = new Dictionary<(bool, string, int), MethodInfo>();
        string[] names = ["Where", "Take", "Skip", "Select", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending"];
        foreach (var (type, isQueryable) in (ReadOnlySpan<(Type, bool)>)[(typeof(Queryable), true), (typeof(Enumerable), false)])
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                var parameters = method.GetParameters();
                if (!names.Contains(method.Name) || parameters.Length != 2)
                {
                    continue;
                }

                // The overloads taking an item and its index, or a Range, are not the ones composed here.
                var second = parameters[1].ParameterType;
                var lambdaType = isQueryable && second.IsGenericType ? second.GetGenericArguments()[0] : second;
                if ((lambdaType.IsGenericType && lambdaType.GetGenericTypeDefinition() == typeof(Func<,,>)) || second == typeof(Range))
                {
                    continue;
                }

                methods.TryAdd((isQueryable, method.Name, 2), method);
            }
        }

        return methods;
    }
}
