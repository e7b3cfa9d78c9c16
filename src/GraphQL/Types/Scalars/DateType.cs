using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>Date</c>: a calendar date without time or offset, as an RFC 3339 <c>full-date</c> (<c>yyyy-MM-dd</c>).
/// Internal values are <see cref="DateOnly"/>.
/// </summary>
public sealed class DateType : ScalarType
{
    /// <summary>The <c>@specifiedBy</c> URL.</summary>
    public const string SpecificationUrl = "https://www.rfc-editor.org/rfc/rfc3339#section-5.6";

    public DateType()
        : base("Date", "A calendar date, as the RFC 3339 `full-date` format, such as `2024-02-29`.", SpecificationUrl)
    {
    }

    /// <summary>A <see cref="DateOnly"/>, the date of a <see cref="DateTime"/>, or a valid date string.</summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            DateOnly date => Format(date),
            DateTime dateTime => Format(DateOnly.FromDateTime(dateTime)),
            string text => Format(Parse(text)),
            _ => throw new GraphQLCoercionException($"Date cannot represent value: {ValueInspector.Inspect(value)}"),
        };
    }

    /// <summary>A date string.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            string text => Parse(text),
            DateOnly => value,
            _ => throw new GraphQLCoercionException($"Date cannot represent a non string value: {ValueInspector.Inspect(value)}"),
        };
    }

    /// <summary>A <see cref="StringValueNode"/> holding a date.</summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode stringValue
            ? Parse(stringValue.Value)
            : throw new GraphQLCoercionException($"Date cannot represent a non string value: {Printer.Print(literal)}");
    }

    public override ValueNode ValueToLiteral(object value) => new StringValueNode { Value = (string)CoerceOutputValue(value) };

    private static DateOnly Parse(string text) =>
        Rfc3339.TryParseFullDate(text, out var date)
            ? date
            : throw new GraphQLCoercionException($"Date cannot represent value: {ValueInspector.Inspect(text)}; expected a date such as \"2024-02-29\".");

    private static string Format(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}
