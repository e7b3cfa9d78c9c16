using System.Buffers;

namespace GraphQL.Language;

/// <summary>
/// The escape sequences of quoted strings (<see href="https://spec.graphql.org/September2025/#sec-String-Value">§2.9.4</see>):
/// <c>\" \\ \/ \b \f \n \r \t</c>, <c>\uXXXX</c> (a surrogate pair as two of them) and <c>\u{X…}</c>.
/// </summary>
/// <remarks>
/// The lexer validates while scanning and the decoder runs only for strings that have escapes, so both
/// walk the same rules; an escape must describe a Unicode scalar value, never a lone surrogate.
/// </remarks>
internal static class StringEscapes
{
    private const int MaxCodePoint = 0x10FFFF;

    /// <summary>Checks the escape sequence at <paramref name="position"/> (a backslash) and returns the position after it.</summary>
    public static int Validate(string source, int position)
    {
        if (position + 1 >= source.Length)
        {
            throw SyntaxErrors.UnterminatedString(source, source.Length);
        }

        switch (source[position + 1])
        {
            case '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't':
                return position + 2;
            case 'u':
                return ReadUnicode(source, position, out _, out _);
            default:
                throw SyntaxErrors.InvalidCharacterEscape(source, position, 2);
        }
    }

    /// <summary>The value of a string's content (between the quotes) that the lexer validated.</summary>
    public static string Decode(ReadOnlySpan<char> content)
    {
        // Every escape is at least as long as what it stands for.
        char[]? rented = null;
        var buffer = content.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(content.Length));
        try
        {
            var length = 0;
            var position = 0;
            while (position < content.Length)
            {
                var next = content[position..].IndexOf('\\');
                if (next < 0)
                {
                    content[position..].CopyTo(buffer[length..]);
                    length += content.Length - position;
                    break;
                }

                content.Slice(position, next).CopyTo(buffer[length..]);
                length += next;
                position += next;

                var escaped = content[position + 1];
                if (escaped == 'u')
                {
                    // Validated by the lexer already, so this cannot fail.
                    position = TryReadUnicode(content, position, out var first, out var second, out _);
                    buffer[length++] = first;
                    if (second != '\0')
                    {
                        buffer[length++] = second;
                    }

                    continue;
                }

                buffer[length++] = escaped switch
                {
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => escaped, // " \ /
                };
                position += 2;
            }

            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Result of TryReadUnicode when the string ends inside the escape.
    private const int Unterminated = -2;

    private static int ReadUnicode(string source, int position, out char first, out char second)
    {
        var end = TryReadUnicode(source, position, out first, out second, out var errorLength);
        return end switch
        {
            Unterminated => throw SyntaxErrors.UnterminatedString(source, source.Length),
            < 0 => throw SyntaxErrors.InvalidUnicodeEscape(source, position, errorLength),
            _ => end,
        };
    }

    /// <summary>
    /// Reads <c>\u</c> <c>EscapedUnicode</c> at <paramref name="position"/>: the UTF-16 code units it stands for
    /// (<paramref name="second"/> is <c>\0</c> when there is one) and the position after it; or a negative
    /// value and how many characters of the invalid escape to quote in the error.
    /// </summary>
    private static int TryReadUnicode(ReadOnlySpan<char> text, int position, out char first, out char second, out int errorLength)
    {
        first = second = '\0';
        errorLength = 6;
        if (position + 2 < text.Length && text[position + 2] == '{')
        {
            return TryReadVariableWidth(text, position, ref first, ref second, ref errorLength);
        }

        var leading = ReadFourHexDigits(text, position + 2);
        if (leading < 0 || char.IsLowSurrogate((char)leading))
        {
            return -1;
        }

        if (char.IsHighSurrogate((char)leading))
        {
            // The legacy form of a supplementary character: two fixed-width escapes forming a surrogate pair.
            var trailing = position + 7 < text.Length && text[position + 6] == '\\' && text[position + 7] == 'u'
                ? ReadFourHexDigits(text, position + 8)
                : -1;
            if (trailing < 0 || !char.IsLowSurrogate((char)trailing))
            {
                return -1;
            }

            first = (char)leading;
            second = (char)trailing;
            return position + 12;
        }

        first = (char)leading;
        return position + 6;
    }

    // \u{HexDigit+}: any Unicode scalar value.
    private static int TryReadVariableWidth(ReadOnlySpan<char> text, int position, ref char first, ref char second, ref int errorLength)
    {
        var digitsStart = position + 3;
        var cursor = digitsStart;
        var value = 0;
        while (cursor < text.Length && text[cursor] != '}')
        {
            var digit = HexValue(text[cursor]);
            if (digit < 0)
            {
                errorLength = cursor - position + 1;
                return -1;
            }

            // Saturate so a long run of digits cannot overflow; anything above the maximum is invalid anyway.
            value = Math.Min((value << 4) | digit, MaxCodePoint + 1);
            cursor++;
        }

        if (cursor >= text.Length)
        {
            return Unterminated;
        }

        if (cursor == digitsStart || value > MaxCodePoint || value is >= 0xD800 and <= 0xDFFF)
        {
            errorLength = cursor - position + 1;
            return -1;
        }

        if (value > 0xFFFF)
        {
            // Encode the supplementary code point as its UTF-16 surrogate pair.
            value -= 0x10000;
            first = (char)(0xD800 + (value >> 10));
            second = (char)(0xDC00 + (value & 0x3FF));
        }
        else
        {
            first = (char)value;
        }

        return cursor + 1;
    }

    private static int ReadFourHexDigits(ReadOnlySpan<char> text, int position)
    {
        if (position + 4 > text.Length)
        {
            return -1;
        }

        var value = 0;
        for (var i = position; i < position + 4; i++)
        {
            var digit = HexValue(text[i]);
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
