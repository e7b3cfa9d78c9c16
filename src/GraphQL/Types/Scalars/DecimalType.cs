using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>Decimal</c>: a <see cref="decimal"/> (28–29 significant digits), serialized as a JSON number so no precision is
/// lost in the response. Input accepts numbers and numeric strings, so clients can send more digits than a double holds.
/// </summary>
public sealed class DecimalType : ScalarType
{
    public DecimalType()
        : base("Decimal", "The `Decimal` scalar type represents a signed decimal number with up to 28 significant digits. Input accepts a number or a numeric string.")
    {
    }

    /// <summary>Numbers and numeric strings.</summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return FromValue(value);
    }

    /// <summary>Numbers and numeric strings.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return FromValue(value);
    }

    /// <summary>An <see cref="IntValueNode"/>, <see cref="FloatValueNode"/> or numeric <see cref="StringValueNode"/>.</summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var text = literal switch
        {
            IntValueNode intValue => intValue.Value,
            FloatValueNode floatValue => floatValue.Value,
            StringValueNode stringValue => stringValue.Value,
            _ => throw new GraphQLCoercionException($"Decimal cannot represent non-numeric value: {Printer.Print(literal)}"),
        };

        return TryParse(text, out var result)
            ? result
            : throw new GraphQLCoercionException($"Decimal cannot represent value: {Printer.Print(literal)}");
    }

    private static object FromValue(object value)
    {
        if (value is decimal)
        {
            return value;
        }

        if (value is string text ? TryParse(text, out var parsed) : Numbers.TryReadDecimal(value, out parsed))
        {
            return parsed;
        }

        throw new GraphQLCoercionException($"Decimal cannot represent value: {ValueInspector.Inspect(value)}");
    }

    private static bool TryParse(string text, out decimal result) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
}
