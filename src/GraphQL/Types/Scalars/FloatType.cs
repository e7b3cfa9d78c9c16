using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>Float</c>: a double-precision finite value (<see href="https://spec.graphql.org/September2025/#sec-Float">§3.5.2 Float</see>).
/// Internal and result values are <see cref="double"/>; NaN and infinities are never valid.
/// </summary>
public sealed class FloatType : ScalarType
{
    public FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    /// <summary>Finite numbers, numeric strings and booleans.</summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case bool boolean:
                return boolean ? 1d : 0d;
            case string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed):
                return parsed;
            default:
                return FromNumber(value);
        }
    }

    /// <summary>Any finite number, integers included.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return FromNumber(value);
    }

    /// <summary>An <see cref="IntValueNode"/> or <see cref="FloatValueNode"/> within double's range.</summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var text = literal switch
        {
            IntValueNode intValue => intValue.Value,
            FloatValueNode floatValue => floatValue.Value,
            _ => throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
        };

        var result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(result))
        {
            throw new GraphQLCoercionException($"Float cannot represent a value outside the double-precision range: {text}");
        }

        return result;
    }

    private static object FromNumber(object value)
    {
        if (value is double && double.IsFinite((double)value))
        {
            return value;
        }

        if (Numbers.TryReadDouble(value, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw new GraphQLCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }
}
