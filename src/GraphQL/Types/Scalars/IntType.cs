using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>Int</c>: a signed 32-bit integer (<see href="https://spec.graphql.org/September2025/#sec-Int">§3.5.1 Int</see>).
/// Internal and result values are <see cref="int"/>.
/// </summary>
public sealed class IntType : ScalarType
{
    private static readonly object Zero = 0;
    private static readonly object One = 1;

    public IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <summary>Integers in range, integral floating values (<c>1.0</c>), numeric strings and booleans, losing no information.</summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case int:
                return value;
            case bool boolean:
                return boolean ? One : Zero;
            case string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return FromNumber(parsed, value);
            default:
                return FromNumber(value, value);
        }
    }

    /// <summary>Only numbers with an integral value in range; strings and <c>1.5</c> are rejected.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is int ? value : FromNumber(value, value);
    }

    /// <summary>Only an <see cref="IntValueNode"/> in range; <c>1e3</c> and <c>1.0</c> are Float literals and rejected.</summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not IntValueNode intValue)
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }

        return result;
    }

    private static int FromNumber(object number, object original)
    {
        switch (Numbers.ReadInteger(number, out var integer))
        {
            case IntegerRead.Integer when integer is >= int.MinValue and <= int.MaxValue:
                return (int)integer;
            case IntegerRead.Integer or IntegerRead.OutOfRange:
                throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(original)}");
            default:
                throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(original)}");
        }
    }
}
