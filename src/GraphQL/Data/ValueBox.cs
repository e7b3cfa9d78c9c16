using System.Linq.Expressions;

namespace GraphQL.Data;

/// <summary>
/// Holds a value a generated query compares with. Read through a member of a constant, it becomes a SQL parameter
/// (EF Core treats it like a captured variable), so queries differing only in values share one cached plan.
/// </summary>
internal sealed class ValueBox<T>(T value)
{
    public T Value { get; } = value;
}

/// <summary>Makes <see cref="ValueBox{T}"/> expressions.</summary>
internal static class ValueBoxes
{
    public static Expression Parameter(object? value, Type type)
    {
        var boxType = typeof(ValueBox<>).MakeGenericType(type);
        var box = Activator.CreateInstance(boxType, value)!;
        return Expression.Property(Expression.Constant(box), nameof(ValueBox<object>.Value));
    }
}
