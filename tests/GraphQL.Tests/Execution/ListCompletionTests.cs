using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>§3.11 List result coercion: arrays, lists, lazy sequences, async streams, nested lists.</summary>
public sealed class ListCompletionTests
{
    private static readonly int[] OneTwo = [1, 2];
    private static readonly int[][] Matrix = [[1, 2], [3]];

    [Fact]
    public async Task Completes_arrays_lists_and_lazy_sequences()
    {
        (await Run("{ ints }", OneTwo)).ShouldBeJson("""{ "data": { "ints": [ 1, 2 ] } }""");
        (await Run("{ ints }", new List<long> { 3 })).ShouldBeJson("""{ "data": { "ints": [ 3 ] } }""");
        (await Run("{ ints }", Enumerable.Range(1, 3).Where(i => i != 2))).ShouldBeJson("""{ "data": { "ints": [ 1, 3 ] } }""");
        (await Run("{ ints }", new HashSet<int> { 4 })).ShouldBeJson("""{ "data": { "ints": [ 4 ] } }""");
    }

    [Fact]
    public async Task Completes_asynchronous_streams()
    {
        var result = await Run("{ items { id } }", Stream());

        result.ShouldBeJson("""{ "data": { "items": [ { "id": 1 }, { "id": 2 } ] } }""");

        static async IAsyncEnumerable<Item> Stream()
        {
            await Task.Yield();
            yield return new Item(1);
            await Task.Yield();
            yield return new Item(2);
        }
    }

    [Fact]
    public async Task Completes_nested_lists()
    {
        var result = await Run("{ matrix }", Matrix);

        result.ShouldBeJson("""{ "data": { "matrix": [ [ 1, 2 ], [ 3 ] ] } }""");
    }

    [Fact]
    public async Task A_string_is_not_a_list()
    {
        var result = await Run("{ ints }", "12");

        result.Errors.Single().Message.Should().Be("Expected Iterable, but did not find one for field \"Query.ints\".");
    }

    [Fact]
    public async Task A_bad_item_of_a_nested_list_reports_its_full_path()
    {
        var result = await Run("{ matrix }", new object[] { new object[] { 1 }, new object[] { 2, "x" } });

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Int cannot represent non-integer value: \"x\"", "locations": [ { "line": 1, "column": 3 } ],
                "path": [ "matrix", 1, 1 ], "extensions": { "code": "INTERNAL_SERVER_ERROR" } } ],
              "data": { "matrix": null } }
            """);
    }

    private static Task<ExecutionResult> Run(string query, object value)
    {
        var schema = SchemaBuilder.FromSdl("type Query { ints: [Int] matrix: [[Int!]!] items: [Item!] } type Item { id: Int! }");
        var name = query.Trim('{', '}', ' ').Split(' ')[0];
        schema.QueryType.GetField(name)!.Resolve(_ => value);
        return schema.ExecuteAsync(query);
    }

    private sealed record Item(int Id);
}
