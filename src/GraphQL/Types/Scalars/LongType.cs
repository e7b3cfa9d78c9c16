using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>Long</c>: a signed 64-bit integer, serialized as a JSON number. Internal and result values are <see cref="long"/>.
/// Follows <c>Int</c>'s rules (§3.5.1) with the 64-bit range.
/// </summary>
public sealed class LongType : ScalarType
{
    public LongType()
        : base("Long", "The `Long` scalar type represents non-fractional signed whole numeric values between -(2^63) and 2^63 - 1.")
    {
    }

    /// <summary>Integers in range, integral floating values, and numeric strings.</summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is string text)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }

            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return FromNumber(number, value);
            }
        }

        return FromNumber(value, value);
    }

    /// <summary>Only numbers with an integral value in range.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return FromNumber(value, value);
    }

    /// <summary>Only an <see cref="IntValueNode"/> in range.</summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not IntValueNode intValue)
        {
            throw new GraphQLCoercionException($"Long cannot represent non-integer value: {Printer.Print(literal)}");
        }

        if (!long.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLCoercionException($"Long cannot represent non 64-bit signed integer value: {intValue.Value}");
        }

        return result;
    }

    private static object FromNumber(object number, object original)
    {
        if (number is long)
        {
            return number;
        }

        return Numbers.ReadInteger(number, out var integer) switch
        {
            IntegerRead.Integer => integer,
            IntegerRead.OutOfRange => throw new GraphQLCoercionException($"Long cannot represent non 64-bit signed integer value: {ValueInspector.Inspect(original)}"),
            _ => throw new GraphQLCoercionException($"Long cannot represent non-integer value: {ValueInspector.Inspect(original)}"),
        };
    }
}
