namespace GraphQL.Tests;

public sealed class SnapshotTests
{
    [Fact]
    public void Diff_shows_changed_lines_with_context()
    {
        var diff = Snapshot.UnifiedDiff("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nD\ne\nf\ng\nh\n");

        diff.Should().Be("--- expected\n+++ actual\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n".Replace("\n", Environment.NewLine, StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_separates_distant_changes_into_hunks()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var actual = expected.Replace("line 2\n", "line two\n", StringComparison.Ordinal).Replace("line 19", "line nineteen", StringComparison.Ordinal);

        var diff = Snapshot.UnifiedDiff(expected, actual);

        diff.Should().Contain("@@ -1,5 +1,5 @@").And.Contain("@@ -16,5 +16,5 @@").And.Contain("-line 19").And.Contain("+line nineteen");
    }

    [Fact]
    public void Diff_of_inserted_and_removed_lines()
    {
        var diff = Snapshot.UnifiedDiff("a\nb\nc\n", "a\nx\nc\nd\n");

        diff.Should().Contain("-b").And.Contain("+x").And.Contain("+d").And.Contain("@@ -1,3 +1,4 @@");
    }
}
