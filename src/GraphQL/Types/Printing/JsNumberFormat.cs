using System.Globalization;
using System.Text;

namespace GraphQL.Types;

/// <summary>
/// Writes a double as JavaScript's <c>Number.prototype.toString()</c> does (ECMA-262 Number::toString): the shortest
/// digits that read back as the same double, in positional notation from 1e-6 up to 1e21 and as <c>1.5e+21</c> beyond.
/// </summary>
/// <remarks>.NET's round-trip format has the same digits but switches to an exponent sooner (<c>1E+15</c>, <c>1E-05</c>).</remarks>
internal static class JsNumberFormat
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers have a literal.");
        }

        if (value == 0)
        {
            return "0"; // -0 too
        }

        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var n = pointPosition;
        var text = new StringBuilder(k + 8);
        if (value < 0)
        {
            text.Append('-');
        }

        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exponent = n - 1;
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }

            text.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The significant digits of a positive double, and where the decimal point falls among them (value = 0.digits × 10^position).</summary>
    private static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var all = dot < 0 ? mantissa : integerPart + mantissa[(dot + 1)..];
        var pointPosition = integerPart.Length + exponent;
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        return (all.Trim('0'), pointPosition - leadingZeros);
    }
}
