using System.Collections;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>The resolver of fields without one: dictionary entries and (case-insensitive) members, through cached compiled getters.</summary>
public sealed class DefaultResolverTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { name: String count: Int nested: Query list: [Int] }");

    [Fact]
    public async Task Reads_properties_and_fields_matching_case_insensitively()
    {
        var result = await Schema.ExecuteAsync("{ name count nested { name } }", root: new Poco { NAME = "root", Count = 1, Nested = new Poco { NAME = "child" } });

        result.ShouldBeJson("""{ "data": { "name": "root", "count": 1, "nested": { "name": "child" } } }""");
    }

    [Fact]
    public async Task An_exact_match_wins_over_a_case_insensitive_one()
    {
        var result = await Schema.ExecuteAsync("{ name }", root: new TwoNames());

        result.ShouldBeJson("""{ "data": { "name": "exact" } }""");
    }

    [Fact]
    public async Task Reads_entries_of_read_only_mutable_and_non_generic_dictionaries()
    {
        IReadOnlyDictionary<string, object?> readOnly = new Dictionary<string, object?> { ["name"] = "read-only" };
        var mutable = new SortedDictionary<string, object?> { ["name"] = "mutable" };
        var hashtable = new Hashtable { ["name"] = "hashtable" };

        (await Schema.ExecuteAsync("{ name }", root: readOnly)).ShouldBeJson("""{ "data": { "name": "read-only" } }""");
        (await Schema.ExecuteAsync("{ name }", root: mutable)).ShouldBeJson("""{ "data": { "name": "mutable" } }""");
        (await Schema.ExecuteAsync("{ name }", root: hashtable)).ShouldBeJson("""{ "data": { "name": "hashtable" } }""");
    }

    [Fact]
    public async Task A_missing_member_or_entry_is_null()
    {
        (await Schema.ExecuteAsync("{ count list }", root: new TwoNames())).ShouldBeJson("""{ "data": { "count": null, "list": null } }""");
        (await Schema.ExecuteAsync("{ count }", root: new Dictionary<string, object?>())).ShouldBeJson("""{ "data": { "count": null } }""");
    }

    [Fact]
    public void Is_available_as_a_resolver_and_as_a_function()
    {
        DefaultFieldResolver.Resolve(new Poco { Count = 3 }, "count").Should().Be(3);
        DefaultFieldResolver.Resolve(null, "count").Should().BeNull();
        DefaultFieldResolver.Instance.Should().NotBeNull();
    }

    [Fact]
    public async Task Struct_parents_are_supported()
    {
        var result = await Schema.ExecuteAsync("{ count }", root: new Point(5));

        result.ShouldBeJson("""{ "data": { "count": 5 } }""");
    }

    private sealed class Poco
    {
#pragma warning disable CA1051 // A public field on purpose: the default resolver reads fields too.
        public string? NAME;
#pragma warning restore CA1051

        public int Count { get; init; }

        public Poco? Nested { get; init; }
    }

    private sealed class TwoNames
    {
        public string Name { get; } = "exact";

        public string NAME { get; } = "other";
    }

    private readonly record struct Point(int Count);
}
