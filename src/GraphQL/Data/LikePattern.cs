using System.Text;

namespace GraphQL.Data;

/// <summary>SQL <c>LIKE</c> patterns: building them from literal text, and matching them in memory ignoring case.</summary>
public static class LikePattern
{
    /// <summary>Escapes <c>%</c>, <c>_</c> and <c>\</c> with <c>\</c>, so the text matches only itself.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 4);
        foreach (var character in text)
        {
            if (character is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="value"/> matches the escaped <c>LIKE</c> <paramref name="pattern"/>, ignoring case.</summary>
    public static bool IsMatch(string value, string pattern)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(pattern);
        return Matches(value.AsSpan(), pattern.AsSpan());
    }

    private static bool Matches(ReadOnlySpan<char> value, ReadOnlySpan<char> pattern)
    {
        while (pattern.Length > 0)
        {
            var token = pattern[0];
            if (token == '%')
            {
                var rest = pattern[1..];
                for (var start = 0; start <= value.Length; start++)
                {
                    if (Matches(value[start..], rest))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (value.Length == 0)
            {
                return false;
            }

            if (token == '_')
            {
                value = value[1..];
                pattern = pattern[1..];
                continue;
            }

            if (token == '\\' && pattern.Length > 1)
            {
                token = pattern[1];
                pattern = pattern[1..];
            }

            if (char.ToUpperInvariant(value[0]) != char.ToUpperInvariant(token))
            {
                return false;
            }

            value = value[1..];
            pattern = pattern[1..];
        }

        return value.Length == 0;
    }
}
