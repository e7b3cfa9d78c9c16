using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// Turns a <c>where</c> argument into one predicate over the items (<c>x => …</c>), which the LINQ provider translates
/// whole (nothing is evaluated in memory). Null semantics are in <c>README.md</c>, "Filtering".
/// </summary>
internal sealed class FilterExpressionBuilder(IQueryAdapter adapter)
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(method => method.Name == nameof(Enumerable.Contains) && method.GetParameters().Length == 2);
    private static readonly MethodInfo EnumerableAny = typeof(Enumerable).GetMethods()
        .Single(method => method.Name == nameof(Enumerable.Any) && method.GetParameters().Length == 1);
    private static readonly MethodInfo EnumerableAnyWhere = typeof(Enumerable).GetMethods()
        .Single(method => method.Name == nameof(Enumerable.Any) && method.GetParameters().Length == 2);
    private static readonly MethodInfo EnumerableAll = typeof(Enumerable).GetMethods()
        .Single(method => method.Name == nameof(Enumerable.All) && method.GetParameters().Length == 2);

    /// <summary><c>x => predicate</c> for the filter, or <c>null</c> when it sets no condition.</summary>
    public LambdaExpression? Build(InputObjectType type, IReadOnlyDictionary<string, object?>? filter, Type itemType)
    {
        var item = Expression.Parameter(itemType, "x");
        return filter is null || Object(type, filter, item) is not { } body ? null : Expression.Lambda(body, item);
    }

    private Expression? Object(InputObjectType type, IReadOnlyDictionary<string, object?> filter, Expression instance)
    {
        Expression? result = null;
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var condition = name switch
            {
                "and" => Combine(Each(type, value, instance), Expression.AndAlso),
                "or" => Combine(Each(type, value, instance), Expression.OrElse),
                "not" => Object(type, (IReadOnlyDictionary<string, object?>)value, instance) is { } inner ? Expression.Not(inner) : null,
                _ => Field(type.Fields[name], value, instance),
            };
            result = And(result, condition);
        }

        return result;
    }

    private List<Expression> Each(InputObjectType type, object value, Expression instance) =>
        [.. ((IEnumerable)value).Cast<IReadOnlyDictionary<string, object?>>().Select(item => Object(type, item, instance)).OfType<Expression>()];

    private Expression? Field(InputValueDefinition field, object value, Expression instance)
    {
        var member = (PropertyInfo)field.Features[DataTypes.MemberKey]!;
        var access = Expression.Property(instance, member);
        var type = (InputObjectType)field.Type.NamedType();
        var values = (IReadOnlyDictionary<string, object?>)value;
        switch ((FilterKind)type.Features[DataTypes.FilterKindKey]!)
        {
            case FilterKind.Object:
                // A missing related row matches no condition on its fields.
                return Object(type, values, access) is { } nested
                    ? Expression.AndAlso(Expression.NotEqual(access, Expression.Constant(null, access.Type)), nested)
                    : null;
            case FilterKind.List:
                return Collection(type, values, access);
            default:
                return Operations(values, access);
        }
    }

    private Expression? Collection(InputObjectType type, IReadOnlyDictionary<string, object?> values, Expression access)
    {
        var elementType = (Type)type.Features[DataTypes.ElementKey]!;
        var itemFilter = (InputObjectType)type.Fields["some"].Type.NamedType();
        Expression? result = null;
        foreach (var (operation, value) in values)
        {
            if (value is null)
            {
                continue;
            }

            if (operation == "any")
            {
                Expression any = Expression.Call(EnumerableAny.MakeGenericMethod(elementType), access);
                result = And(result, (bool)value ? any : Expression.Not(any));
                continue;
            }

            var item = Expression.Parameter(elementType, "y");
            var body = Object(itemFilter, (IReadOnlyDictionary<string, object?>)value, item) ?? Expression.Constant(true);
            var predicate = Expression.Lambda(body, item);
            Expression condition = operation switch
            {
                "some" => Expression.Call(EnumerableAnyWhere.MakeGenericMethod(elementType), access, predicate),
                "all" => Expression.Call(EnumerableAll.MakeGenericMethod(elementType), access, predicate),
                _ => Expression.Not(Expression.Call(EnumerableAnyWhere.MakeGenericMethod(elementType), access, predicate)),
            };
            result = And(result, condition);
        }

        return result;
    }

    private Expression? Operations(IReadOnlyDictionary<string, object?> values, Expression access)
    {
        Expression? result = null;
        foreach (var (operation, value) in values)
        {
            result = And(result, Operation(operation, value, access));
        }

        return result;
    }

    private Expression Operation(string operation, object? value, Expression access)
    {
        var type = access.Type;
        if (value is null)
        {
            // Only eq and neq compare with null; for the others a null operand has no meaning.
            return operation switch
            {
                "eq" when CanBeNull(type) => Expression.Equal(access, Expression.Constant(null, type)),
                "neq" when CanBeNull(type) => Expression.NotEqual(access, Expression.Constant(null, type)),
                "eq" or "neq" => Expression.Constant(operation == "neq"),
                _ => throw DataErrors.NullOperand(operation),
            };
        }

        switch (operation)
        {
            case "eq":
                return Expression.Equal(access, Parameter(value, type));
            case "neq":
                return Expression.NotEqual(access, Parameter(value, type));
            case "in":
            case "nin":
                var list = InList(value, type);
                Expression contains = Expression.Call(EnumerableContains.MakeGenericMethod(type), list, access);
                return operation == "in" ? contains : Expression.Not(contains);
            case "gt":
                return Compare(access, Parameter(value, type), ExpressionType.GreaterThan);
            case "gte":
                return Compare(access, Parameter(value, type), ExpressionType.GreaterThanOrEqual);
            case "lt":
                return Compare(access, Parameter(value, type), ExpressionType.LessThan);
            case "lte":
                return Compare(access, Parameter(value, type), ExpressionType.LessThanOrEqual);
            case "icontains":
                return NotNullAnd(access, adapter.CaseInsensitiveLike(access, Parameter("%" + LikePattern.Escape((string)value) + "%", typeof(string))));
            case "ieq":
                return NotNullAnd(access, adapter.CaseInsensitiveLike(access, Parameter(LikePattern.Escape((string)value), typeof(string))));
            default:
                var (method, negated) = operation switch
                {
                    "contains" => (StringContains, false),
                    "ncontains" => (StringContains, true),
                    "startsWith" => (StringStartsWith, false),
                    "nstartsWith" => (StringStartsWith, true),
                    "endsWith" => (StringEndsWith, false),
                    _ => (StringEndsWith, true),
                };
                var matches = NotNullAnd(access, Expression.Call(access, method, Parameter(value, typeof(string))));
                return negated ? Expression.Not(matches) : matches;
        }
    }

    /// <summary>An ordering comparison; strings compare with <see cref="string.Compare(string, string)"/>, which providers translate to <c>&gt;</c>, <c>&lt;</c>.</summary>
    public static Expression Compare(Expression left, Expression right, ExpressionType comparison)
    {
        if (left.Type == typeof(string))
        {
            return Expression.MakeBinary(comparison, Expression.Call(StringCompare, left, right), Expression.Constant(0));
        }

        return Expression.MakeBinary(comparison, left, right);
    }

    public static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static Expression Parameter(object value, Type type) => ValueBoxes.Parameter(ValueConversion.To(value, type), type);

    private static Expression InList(object value, Type type)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        foreach (var item in (IEnumerable)value)
        {
            list.Add(ValueConversion.To(item, type));
        }

        return ValueBoxes.Parameter(list, list.GetType());
    }

    /// <summary>A string operation on a null value is false (as in SQL) rather than a null reference in memory.</summary>
    private static BinaryExpression NotNullAnd(Expression access, Expression condition) =>
        Expression.AndAlso(Expression.NotEqual(access, Expression.Constant(null, access.Type)), condition);

    private static Expression? Combine(List<Expression> parts, Func<Expression, Expression, BinaryExpression> combine) =>
        parts.Count == 0 ? null : parts.Aggregate((left, right) => combine(left, right));

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);
}
