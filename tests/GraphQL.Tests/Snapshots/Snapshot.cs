using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace GraphQL.Tests;

/// <summary>
/// Snapshot assertions: compares text with <c>__snapshots__/&lt;name&gt;.snap</c> next to the calling test file. A missing
/// snapshot is written and the test fails asking for a review (it passes when <c>UPDATE_SNAPSHOTS=1</c>, which also
/// rewrites snapshots that differ); a mismatch fails with a unified diff.
/// </summary>
public static class Snapshot
{
    private const int ContextLines = 3;

    /// <summary>Above this many differing lines per side, the diff shows both blocks whole instead of aligning them.</summary>
    private const int MaxAlignedLines = 4000;

    public static void Match(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "__snapshots__", name + ".snap");
        var normalized = Normalize(actual);
        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

        if (!File.Exists(path))
        {
            Write(path, normalized);
            if (!update)
            {
                throw new XunitException($"Snapshot '{name}' did not exist and was written to {path}. Review it, then run the test again.");
            }

            return;
        }

        var expected = Normalize(File.ReadAllText(path));
        if (expected == normalized)
        {
            return;
        }

        if (update)
        {
            Write(path, normalized);
            return;
        }

        throw new XunitException(
            $"Snapshot '{name}' does not match {path} (set UPDATE_SNAPSHOTS=1 to accept the new text):{Environment.NewLine}" +
            UnifiedDiff(expected, normalized, "snapshot", "actual"));
    }

    /// <summary>A unified diff (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks with three lines of context) of two texts.</summary>
    public static string UnifiedDiff(string expected, string actual, string expectedLabel = "expected", string actualLabel = "actual")
    {
        var oldLines = Normalize(expected).TrimEnd('\n').Split('\n');
        var newLines = Normalize(actual).TrimEnd('\n').Split('\n');
        var edits = Diff(oldLines, newLines);

        var output = new StringBuilder();
        output.Append("--- ").AppendLine(expectedLabel);
        output.Append("+++ ").AppendLine(actualLabel);
        var index = 0;
        while (index < edits.Count)
        {
            if (edits[index].Kind == ' ')
            {
                index++;
                continue;
            }

            // A hunk: from a few lines before this change to a few lines after the last change close enough to join it.
            var start = Math.Max(0, index - ContextLines);
            var end = index;
            while (true)
            {
                while (end < edits.Count && edits[end].Kind != ' ')
                {
                    end++;
                }

                var next = end;
                while (next < edits.Count && edits[next].Kind == ' ')
                {
                    next++;
                }

                if (next < edits.Count && next - end <= 2 * ContextLines)
                {
                    end = next;
                    continue;
                }

                end = Math.Min(edits.Count, end + ContextLines);
                break;
            }

            AppendHunk(output, edits, start, end);
            index = end;
        }

        return output.ToString();
    }

    private static void AppendHunk(StringBuilder output, List<(char Kind, string Line, int Old, int New)> edits, int start, int end)
    {
        var oldStart = edits[start].Old;
        var newStart = edits[start].New;
        var oldCount = 0;
        var newCount = 0;
        for (var i = start; i < end; i++)
        {
            oldCount += edits[i].Kind != '+' ? 1 : 0;
            newCount += edits[i].Kind != '-' ? 1 : 0;
        }

        output.AppendLine(CultureInfo.InvariantCulture, $"@@ -{oldStart + 1},{oldCount} +{newStart + 1},{newCount} @@");
        for (var i = start; i < end; i++)
        {
            output.Append(edits[i].Kind).AppendLine(edits[i].Line);
        }
    }

    /// <summary>The edit script: common prefix and suffix kept, the middle aligned by longest common subsequence.</summary>
    private static List<(char Kind, string Line, int Old, int New)> Diff(string[] oldLines, string[] newLines)
    {
        var prefix = 0;
        while (prefix < oldLines.Length && prefix < newLines.Length && oldLines[prefix] == newLines[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldLines.Length - prefix && suffix < newLines.Length - prefix
               && oldLines[oldLines.Length - 1 - suffix] == newLines[newLines.Length - 1 - suffix])
        {
            suffix++;
        }

        var edits = new List<(char, string, int, int)>();
        for (var i = 0; i < prefix; i++)
        {
            edits.Add((' ', oldLines[i], i, i));
        }

        var oldMiddle = oldLines.AsSpan(prefix, oldLines.Length - prefix - suffix).ToArray();
        var newMiddle = newLines.AsSpan(prefix, newLines.Length - prefix - suffix).ToArray();
        AlignMiddle(oldMiddle, newMiddle, prefix, edits);

        for (var i = 0; i < suffix; i++)
        {
            var oldIndex = oldLines.Length - suffix + i;
            var newIndex = newLines.Length - suffix + i;
            edits.Add((' ', oldLines[oldIndex], oldIndex, newIndex));
        }

        return edits;
    }

    private static void AlignMiddle(string[] oldLines, string[] newLines, int offset, List<(char, string, int, int)> edits)
    {
        if (oldLines.Length > MaxAlignedLines || newLines.Length > MaxAlignedLines)
        {
            for (var i = 0; i < oldLines.Length; i++)
            {
                edits.Add(('-', oldLines[i], offset + i, offset));
            }

            for (var j = 0; j < newLines.Length; j++)
            {
                edits.Add(('+', newLines[j], offset + oldLines.Length, offset + j));
            }

            return;
        }

        // lcs[i, j]: length of the longest common subsequence of oldLines[i..] and newLines[j..].
        var lcs = new int[oldLines.Length + 1, newLines.Length + 1];
        for (var i = oldLines.Length - 1; i >= 0; i--)
        {
            for (var j = newLines.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = oldLines[i] == newLines[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int o = 0, n = 0;
        while (o < oldLines.Length || n < newLines.Length)
        {
            if (o < oldLines.Length && n < newLines.Length && oldLines[o] == newLines[n])
            {
                edits.Add((' ', oldLines[o], offset + o, offset + n));
                o++;
                n++;
            }
            else if (o < oldLines.Length && (n == newLines.Length || lcs[o + 1, n] >= lcs[o, n + 1]))
            {
                edits.Add(('-', oldLines[o], offset + o, offset + n));
                o++;
            }
            else
            {
                edits.Add(('+', newLines[n], offset + o, offset + n));
                n++;
            }
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
