using System.Linq.Expressions;

namespace GraphQL.Data;

/// <summary>
/// Keyset (seek) pagination: the predicate keeping the items after a cursor's key values in an order, so a page is read
/// with <c>WHERE … ORDER BY … LIMIT n</c> and never skips rows with <c>OFFSET</c>. For keys k1…kn and values v1…vn:
/// <c>(k1 after v1) OR (k1 = v1 AND k2 after v2) OR …</c>, nulls counting as the greatest values (see <see cref="SortKey"/>).
/// </summary>
internal static class Keyset
{
    public static LambdaExpression After(Type itemType, IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, bool reversed, bool inMemory)
    {
        var item = Expression.Parameter(itemType, "x");
        Expression? result = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var access = Rebind(inMemory ? key.SafeSelector : key.Selector, item);
            var value = values[i];
            if (value is not null && !Comparable(key.ValueType))
            {
                throw DataErrors.KeyNotComparable(string.Join(".", key.Path.Select(property => property.Name)));
            }

            var after = AfterValue(access, key.ValueType, value, key.Descending ^ reversed);
            var term = equalSoFar is null ? after : Expression.AndAlso(equalSoFar, after);
            result = result is null ? term : Expression.OrElse(result, term);
            var equal = value is null
                ? Expression.Equal(access, Expression.Constant(null, key.ValueType))
                : Expression.Equal(access, ValueBoxes.Parameter(value, key.ValueType));
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        return Expression.Lambda(result ?? Expression.Constant(true), item);
    }

    private static Expression AfterValue(Expression access, Type type, object? value, bool descending)
    {
        var nullable = FilterExpressionBuilder.CanBeNull(type);
        if (value is null)
        {
            // Null is the greatest value: nothing comes after it ascending, every value does descending.
            return descending && nullable ? Expression.NotEqual(access, Expression.Constant(null, type)) : Expression.Constant(false);
        }

        var parameter = ValueBoxes.Parameter(value, type);
        var comparison = FilterExpressionBuilder.Compare(access, parameter, descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        return descending || !nullable ? comparison : Expression.OrElse(comparison, Expression.Equal(access, Expression.Constant(null, type)));
    }

    private static bool Comparable(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(string) || (!underlying.IsEnum && underlying != typeof(bool) &&
            underlying.GetMethod("op_GreaterThan", [underlying, underlying]) is not null) || underlying.IsPrimitive;
    }

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression item) =>
        new ParameterReplacer(lambda.Parameters[0], item).Visit(lambda.Body);

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
