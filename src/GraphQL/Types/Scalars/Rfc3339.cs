namespace GraphQL.Types;

/// <summary>
/// Parses the <c>full-date</c> and <c>date-time</c> productions of
/// <see href="https://www.rfc-editor.org/rfc/rfc3339#section-5.6">RFC 3339 §5.6</see>, strictly: fixed digit counts,
/// real calendar dates, a required offset.
/// </summary>
internal static class Rfc3339
{
    /// <summary><c>full-date = date-fullyear "-" date-month "-" date-mday</c>.</summary>
    public static bool TryParseFullDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// <c>date-time = full-date "T" partial-time time-offset</c>, where <c>T</c> and <c>Z</c> may be lowercase, the
    /// fraction has any number of digits (kept to 100 ns) and the offset is <c>Z</c> or <c>±hh:mm</c> but not the
    /// "unknown offset" <c>-00:00</c>. Leap seconds (<c>:60</c>) cannot be represented and are rejected.
    /// </summary>
    public static bool TryParseDateTime(ReadOnlySpan<char> text, out DateTimeOffset result)
    {
        result = default;
        if (text.Length < 20 || (text[10] != 'T' && text[10] != 't') || !TryParseFullDate(text[..10], out var date))
        {
            return false;
        }

        // partial-time = time-hour ":" time-minute ":" time-second [time-secfrac]
        if (text[13] != ':' || text[16] != ':'
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var position = 19;
        long fractionTicks = 0;
        if (text[position] == '.')
        {
            position++;
            var start = position;
            var scale = TimeSpan.TicksPerSecond / 10;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                fractionTicks += (text[position] - '0') * scale;
                scale /= 10;
                position++;
            }

            if (position == start)
            {
                return false;
            }
        }

        if (!TryParseOffset(text[position..], out var offset))
        {
            return false;
        }

        try
        {
            var local = new DateTime(date.Year, date.Month, date.Day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fractionTicks);
            result = new DateTimeOffset(local, offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // The offset moves the instant before year 1 or after year 9999.
            return false;
        }
    }

    /// <summary><c>time-offset = "Z" / time-numoffset</c>, <c>time-numoffset = ("+" / "-") time-hour ":" time-minute</c>.</summary>
    private static bool TryParseOffset(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length == 1)
        {
            return text[0] is 'Z' or 'z';
        }

        if (text.Length != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':'
            || !TryDigits(text.Slice(1, 2), out var hours) || !TryDigits(text.Slice(4, 2), out var minutes)
            || hours > 23 || minutes > 59)
        {
            return false;
        }

        if (text[0] == '-' && hours == 0 && minutes == 0)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
