namespace GraphQL.Types;

/// <summary>Reads any CLR number the way the numeric scalars need it, without boxing or LINQ.</summary>
internal static class Numbers
{
    // 2^63 as a double: the first double above long.MaxValue.
    private const double TwoPow63 = 9223372036854775808.0;

    /// <summary>Reads an integral value of any CLR numeric type, including <c>1.0</c> as a double.</summary>
    public static IntegerRead ReadInteger(object value, out long result)
    {
        result = 0;
        switch (value)
        {
            case int number:
                result = number;
                return IntegerRead.Integer;
            case long number:
                result = number;
                return IntegerRead.Integer;
            case short number:
                result = number;
                return IntegerRead.Integer;
            case sbyte number:
                result = number;
                return IntegerRead.Integer;
            case byte number:
                result = number;
                return IntegerRead.Integer;
            case ushort number:
                result = number;
                return IntegerRead.Integer;
            case uint number:
                result = number;
                return IntegerRead.Integer;
            case ulong number:
                if (number > long.MaxValue)
                {
                    return IntegerRead.OutOfRange;
                }

                result = (long)number;
                return IntegerRead.Integer;
            case double number:
                return FromDouble(number, out result);
            case float number:
                return FromDouble(number, out result);
            case decimal number:
                if (number != decimal.Truncate(number))
                {
                    return IntegerRead.NotInteger;
                }

                if (number < long.MinValue || number > long.MaxValue)
                {
                    return IntegerRead.OutOfRange;
                }

                result = (long)number;
                return IntegerRead.Integer;
            default:
                return IntegerRead.NotNumber;
        }
    }

    /// <summary>Reads any CLR number as a double (which may be NaN or infinite).</summary>
    public static bool TryReadDouble(object value, out double result)
    {
        switch (value)
        {
            case double number:
                result = number;
                return true;
            case int number:
                result = number;
                return true;
            case long number:
                result = number;
                return true;
            case float number:
                result = number;
                return true;
            case decimal number:
                result = (double)number;
                return true;
            case short number:
                result = number;
                return true;
            case sbyte number:
                result = number;
                return true;
            case byte number:
                result = number;
                return true;
            case ushort number:
                result = number;
                return true;
            case uint number:
                result = number;
                return true;
            case ulong number:
                result = number;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    /// <summary>Reads any finite CLR number within <see cref="decimal"/>'s range as a decimal.</summary>
    public static bool TryReadDecimal(object value, out decimal result)
    {
        switch (value)
        {
            case decimal number:
                result = number;
                return true;
            case double or float:
                var floating = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                if (double.IsFinite(floating) && Math.Abs(floating) < 7.9e28)
                {
                    result = (decimal)floating;
                    return true;
                }

                break;
            default:
                if (ReadInteger(value, out var integer) == IntegerRead.Integer)
                {
                    result = integer;
                    return true;
                }

                if (value is ulong unsigned)
                {
                    result = unsigned;
                    return true;
                }

                break;
        }

        result = 0;
        return false;
    }

    private static IntegerRead FromDouble(double number, out long result)
    {
        result = 0;
        if (!double.IsFinite(number) || Math.Floor(number) != number)
        {
            return IntegerRead.NotInteger;
        }

        if (number < -TwoPow63 || number >= TwoPow63)
        {
            return IntegerRead.OutOfRange;
        }

        result = (long)number;
        return IntegerRead.Integer;
    }
}
