using System.Globalization;
using GraphQL.Data.GlobalIds;
using GraphQL.Execution;

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
            string text when target == typeof(Guid) => GuidKey(text),
            _ when target.IsEnum => Enum.ToObject(target, value),
            IConvertible => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    /// <summary>
    /// A UUID, or the key of a global ID: the <c>id</c> of a <c>Node</c> type is an opaque ID on output, so filters on it
    /// accept what clients have (<c>where: { id: { in: [$id] } }</c>) as well as the raw key.
    /// </summary>
    private static Guid GuidKey(string text) =>
        Guid.TryParse(text, CultureInfo.InvariantCulture, out var guid) ? guid
        : GlobalId.TryDecode(text, out var id) && id.TryParseKey<Guid>(out var key) ? key
        : throw new GraphQLException(GlobalIdErrors.Malformed(text));
}
