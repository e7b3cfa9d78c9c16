using System.Text;

namespace GraphQL.Validation;

/// <summary>
/// The "Did you mean …?" hints validation messages end with, worded and ranked as graphql-js does
/// (its <c>didYouMean</c> and <c>suggestionList</c>), so clients see familiar messages.
/// </summary>
internal static class Suggestions
{
    /// <summary>At most this many suggestions are listed.</summary>
    public const int MaxSuggestions = 5;

    /// <summary><c> Did you mean "A", "B", or "C"?</c>, or an empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary><c> Did you mean {subMessage} "A" or "B"?</c>, or an empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" Did you mean ");
        if (!string.IsNullOrEmpty(subMessage))
        {
            builder.Append(subMessage).Append(' ');
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(count > 2 ? ", " : " ");
                if (i == count - 1)
                {
                    builder.Append("or ");
                }
            }

            builder.Append('"').Append(suggestions[i]).Append('"');
        }

        return builder.Append('?').ToString();
    }

    /// <summary>
    /// The options close enough to <paramref name="input"/> to be what was meant: within an edit distance of 40% of
    /// its length, nearest first, ties in natural order.
    /// </summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var distance = new LexicalDistance(input);
        var threshold = (input.Length * 2 / 5) + 1;
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            if (distance.Measure(option, threshold) is { } d)
            {
                found.Add((option, d));
            }
        }

        found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new string[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            result[i] = found[i].Option;
        }

        return result;
    }

    /// <summary>Compares strings with runs of digits compared as numbers: <c>a2</c> before <c>a10</c>.</summary>
    public static int NaturalCompare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var numberA = ReadNumber(a, ref i);
                var numberB = ReadNumber(b, ref j);
                if (numberA != numberB)
                {
                    return numberA < numberB ? -1 : 1;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    // Leading zeros end a number, as in graphql-js, so "a01" and "a1" do not compare equal.
    private static long ReadNumber(string text, ref int index)
    {
        long number = 0;
        do
        {
            number = (number * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && number > 0 && number < long.MaxValue / 10);

        return number;
    }

    /// <summary>
    /// Damerau–Levenshtein distance (insert, delete, substitute, swap neighbours), where a change of case alone
    /// counts as one edit.
    /// </summary>
    private sealed class LexicalDistance(string input)
    {
        private readonly string _inputLowerCase = input.ToLowerInvariant();
        private readonly int[][] _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];

        public int? Measure(string option, int threshold)
        {
            if (option == input)
            {
                return 0;
            }

            var optionLowerCase = option.ToLowerInvariant();
            if (optionLowerCase == _inputLowerCase)
            {
                return 1;
            }

            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            if (a.Length - b.Length > threshold)
            {
                return null;
            }

            var rows = _rows;
            for (var j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                    }

                    smallestCell = Math.Min(smallestCell, currentCell);
                    currentRow[j] = currentCell;
                }

                // No later row can be smaller than this row's smallest cell.
                if (smallestCell > threshold)
                {
                    return null;
                }
            }

            var distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : null;
        }
    }
}
