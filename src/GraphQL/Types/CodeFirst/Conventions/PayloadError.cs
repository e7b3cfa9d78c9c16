using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// One entry of a payload's <c>errors</c>: the declared exception or <see cref="InputValidationError"/> it stands for.
/// Wrapped because the executor takes an exception as a field's value to be a field error; the error types' fields read
/// the wrapped value's properties through getters compiled at build time.
/// </summary>
internal sealed class PayloadError(object value)
{
    public object Value { get; } = value;

    /// <summary>A resolver reading <paramref name="property"/> of the wrapped value.</summary>
    public static FieldResolver PropertyReader(PropertyInfo property)
    {
        var parent = Expression.Parameter(typeof(object), "parent");
        var wrapped = Expression.Property(Expression.Convert(parent, typeof(PayloadError)), nameof(Value));
        var read = Expression.Convert(Expression.Property(Expression.Convert(wrapped, property.DeclaringType!), property), typeof(object));
        var getter = Expression.Lambda<Func<object, object?>>(read, parent).Compile();
        return context => new ValueTask<object?>(getter(context.Parent!));
    }

    /// <summary>
    /// The error type of a wrapped value: the one of its class or of the nearest base class in <paramref name="types"/>
    /// (a union's members; for the <c>Error</c> interface every error type, filled while mapping and read-only after).
    /// </summary>
    public static TypeResolver TypeResolver(IReadOnlyDictionary<Type, ObjectType> types) => (value, _) =>
    {
        if (value is not PayloadError error)
        {
            return null;
        }

        for (var clrType = error.Value.GetType(); clrType is not null; clrType = clrType.BaseType)
        {
            if (types.TryGetValue(clrType, out var type))
            {
                return type;
            }
        }

        return null;
    };
}
