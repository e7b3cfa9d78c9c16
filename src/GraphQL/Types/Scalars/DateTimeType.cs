using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an exact instant with its offset from UTC, as an RFC 3339 <c>date-time</c>
/// (<see href="https://scalars.graphql.org/andimarek/date-time">scalars.graphql.org/andimarek/date-time</see>).
/// Internal values are <see cref="DateTimeOffset"/>.
/// </summary>
/// <remarks>
/// Results always have exactly three fraction digits and <c>Z</c> for a zero offset (<c>2011-08-30T13:22:53.108Z</c>),
/// as the specification asks. Input is slightly more lenient than it: any number of fraction digits (or none) is accepted.
/// The offset is always required; a date-time without one is not an instant and is rejected.
/// </remarks>
public sealed class DateTimeType : ScalarType
{
    /// <summary>The <c>@specifiedBy</c> URL.</summary>
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/date-time";

    public DateTimeType()
        : base("DateTime", "A date-time with an offset from UTC, as specified by RFC 3339, such as `2011-08-30T13:22:53.108Z`.", SpecificationUrl)
    {
    }

    /// <summary>
    /// A <see cref="DateTimeOffset"/>, a <see cref="System.DateTime"/> whose kind is UTC or local, or a valid date-time string,
    /// formatted as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> (or with <c>±hh:mm</c>).
    /// </summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            DateTimeOffset instant => Format(instant),
            System.DateTime { Kind: DateTimeKind.Unspecified } => throw new GraphQLCoercionException(
                $"DateTime cannot represent a date-time without an offset: {ValueInspector.Inspect(value)}; use DateTimeOffset or a DateTime of kind Utc or Local."),
            System.DateTime dateTime => Format(new DateTimeOffset(dateTime)),
            string text => Format(Parse(text)),
            _ => throw new GraphQLCoercionException($"DateTime cannot represent value: {ValueInspector.Inspect(value)}"),
        };
    }

    /// <summary>A date-time string.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            string text => Parse(text),
            DateTimeOffset => value,
            _ => throw new GraphQLCoercionException($"DateTime cannot represent a non string value: {ValueInspector.Inspect(value)}"),
        };
    }

    /// <summary>A <see cref="StringValueNode"/> holding a date-time.</summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode stringValue
            ? Parse(stringValue.Value)
            : throw new GraphQLCoercionException($"DateTime cannot represent a non string value: {Printer.Print(literal)}");
    }

    public override ValueNode ValueToLiteral(object value) => new StringValueNode { Value = (string)CoerceOutputValue(value) };

    private static DateTimeOffset Parse(string text) =>
        Rfc3339.TryParseDateTime(text, out var instant)
            ? instant
            : throw new GraphQLCoercionException(
                $"DateTime cannot represent value: {ValueInspector.Inspect(text)}; expected an RFC 3339 date-time with an offset, such as \"2011-08-30T13:22:53.108Z\".");

    private static string Format(DateTimeOffset instant) => instant.Offset == TimeSpan.Zero
        ? instant.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture)
        : instant.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffzzz", CultureInfo.InvariantCulture);
}
