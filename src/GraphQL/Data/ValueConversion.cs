using System.Globalization;

namespace GraphQL.Data;

/// <summary>Converts a coerced argument value (an <c>Int</c>'s <see cref="int"/>, a <c>DateTime</c>'s <see cref="DateTimeOffset"/>…) to a member's CLR type.</summary>
internal static class ValueConversion
{
    public static object? To(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            _ when target.IsInstanceOfType(value) => value,
            DateTimeOffset offset when target == typeof(DateTime) => offset.UtcDateTime,
            DateTime dateTime when target == typeof(DateTimeOffset) => new DateTimeOffset(dateTime.ToUniversalTime()),
            string text when target == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
            _ when target.IsEnum => Enum.ToObject(target, value),
            IConvertible => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            _ => value,
        };
    }
}
