using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Playbooks.Data.Entities;

namespace Playbooks.GraphQL.Data.Tests;

/// <summary>
/// Cursor paging by keyset (never OFFSET) on the order's keys and the primary key, forwards and backwards, with nullable
/// keys; cursors that do not belong to the field or order are refused; offset paging where a field asks for it.
/// </summary>
public sealed class PagingTests(DataFixture fixture) : IClassFixture<DataFixture>
{
    private const string Forward = """
        query($first: Int, $after: String, $order: [PlaybookSortInput!]) {
          playbookPages(first: $first, after: $after, order: $order) {
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private const string Backward = """
        query($last: Int, $before: String, $order: [PlaybookSortInput!]) {
          playbookPages(last: $last, before: $before, order: $order) {
            nodes { id }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    public static TheoryData<string, bool> Orders => new()
    {
        { "version", false },
        { "version", true },
        { "category", false },
        { "category", true },
        { "description", true },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Pages_forward_through_every_row_in_order_without_offset(string key, bool descending)
    {
        var expected = await ExpectedOrderAsync(key, descending);
        var seen = new List<Guid>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var response = await fixture.ExecuteAsync(Forward, Variables(("first", 3), ("after", after), ("order", Order(key, descending))));
            response.HasErrors.Should().BeFalse(response.ToString());
            response.Sql.Should().ContainSingle().Which.Should().NotContain("OFFSET").And.Contain("LIMIT");
            var connection = response.Data.GetProperty("playbookPages");
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetGuid()));
            var info = connection.GetProperty("pageInfo");
            info.GetProperty("hasPreviousPage").GetBoolean().Should().Be(after is not null);
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        seen.Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Pages_backward_from_the_end(string key, bool descending)
    {
        var expected = await ExpectedOrderAsync(key, descending);
        var seen = new List<Guid>();
        string? before = null;
        for (var page = 0; page < 10; page++)
        {
            var response = await fixture.ExecuteAsync(Backward, Variables(("last", 3), ("before", before), ("order", Order(key, descending))));
            response.HasErrors.Should().BeFalse(response.ToString());
            var connection = response.Data.GetProperty("playbookPages");
            seen.InsertRange(0, Ids.Of(connection.GetProperty("nodes")));
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = info.GetProperty("startCursor").GetString();
        }

        seen.Should().Equal(expected);
    }

    [Fact]
    public async Task The_next_page_is_stable_when_rows_are_inserted_before_the_cursor()
    {
        var order = Order("version", false);
        var first = await fixture.ExecuteAsync(Forward, Variables(("first", 3), ("order", order)));
        var cursor = first.Data.GetProperty("playbookPages").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var expected = await fixture.ExecuteAsync(Forward, Variables(("first", 3), ("after", cursor), ("order", order)));

        await using (var db = fixture.CreateTenantContext())
        {
            db.Playbooks.Add(new Playbook
            {
                OrganizationId = fixture.OrganizationId, Key = "inserted-" + Guid.NewGuid().ToString("N")[..8], Name = "Inserted", Version = 1,
                InputSchema = JsonDocument.Parse("{}"), OutputSchema = JsonDocument.Parse("{}"),
            });
            await db.SaveChangesAsync();
        }

        var second = await fixture.ExecuteAsync(Forward, Variables(("first", 3), ("after", cursor), ("order", order)));

        EdgeIds(second).Should().Equal(EdgeIds(expected)).And.HaveCount(3);
    }

    [Fact]
    public async Task Uses_the_default_page_size_and_counts_only_when_total_count_is_selected()
    {
        var withoutTotal = await fixture.ExecuteAsync("""{ playbookPages { nodes { id } } }""");
        var withTotal = await fixture.ExecuteAsync("""{ playbookPages(where: { version: { gte: 2 } }) { totalCount nodes { id } } }""");
        var rows = await fixture.LoadPlaybooksAsync();

        Ids.Of(withoutTotal.Data.GetProperty("playbookPages").GetProperty("nodes")).Should().HaveCount(3);
        withoutTotal.Sql.Should().ContainSingle();
        withTotal.Data.GetProperty("playbookPages").GetProperty("totalCount").GetInt32().Should().Be(rows.Count(p => p.Version >= 2));
        withTotal.Sql.Should().HaveCount(2).And.Contain(sql => sql.Contains("count(*)", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("first: 2, last: 2", "BAD_USER_INPUT")]
    [InlineData("first: -1", "BAD_USER_INPUT")]
    [InlineData("last: -1", "BAD_USER_INPUT")]
    [InlineData("first: 6", "BAD_USER_INPUT")]
    [InlineData("""after: "not a cursor" """, "INVALID_CURSOR")]
    [InlineData("""after: "eyJrIjpbMV0sInMiOiIwMDAwMDAwMDAwMDAifQ" """, "INVALID_CURSOR")]
    public async Task Bad_page_arguments_are_clear_errors(string arguments, string code)
    {
        var response = await fixture.ExecuteAsync($$"""{ playbookPages({{arguments}}) { nodes { id } } }""");

        response.FirstErrorCode.Should().Be(code, response.ToString());
        response.Sql.Should().BeEmpty();
    }

    [Fact]
    public async Task A_cursor_of_another_order_or_field_or_edited_is_refused()
    {
        var byVersion = await fixture.ExecuteAsync(Forward, Variables(("first", 2), ("order", Order("version", false))));
        var cursor = byVersion.Data.GetProperty("playbookPages").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        var customers = await fixture.ExecuteAsync("""{ customers(first: 1) { pageInfo { endCursor } } }""");
        var customerCursor = customers.Data.GetProperty("customers").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var edited = EditFirstValue(cursor);

        var otherOrder = await fixture.ExecuteAsync(Forward, Variables(("first", 2), ("after", cursor), ("order", Order("version", true))));
        var otherField = await fixture.ExecuteAsync(Forward, Variables(("first", 2), ("after", customerCursor), ("order", null)));
        var tampered = await fixture.ExecuteAsync(Forward, Variables(("first", 2), ("after", edited), ("order", Order("version", false))));

        otherOrder.FirstErrorCode.Should().Be("INVALID_CURSOR");
        otherField.FirstErrorCode.Should().Be("INVALID_CURSOR");
        tampered.FirstErrorCode.Should().Be("INVALID_CURSOR");
    }

    [Fact]
    public async Task Cursor_paging_ordered_by_an_enum_key_refuses_the_cursor_with_a_clear_error()
    {
        var first = await fixture.ExecuteAsync(Forward, Variables(("first", 2), ("order", Order("status", false))));
        var cursor = first.Data.GetProperty("playbookPages").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var next = await fixture.ExecuteAsync(Forward, Variables(("first", 2), ("after", cursor), ("order", Order("status", false))));

        next.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        next.Json.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("cannot order by");
    }

    [Fact]
    public async Task Total_count_of_a_field_that_does_not_offer_it_is_an_error()
    {
        var response = await fixture.ExecuteAsync("""{ customers { totalCount } }""");

        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Offset_paging_reads_a_segment()
    {
        var rows = await fixture.LoadPlaybooksAsync();
        var ordered = rows.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Id).ToList();

        var response = await fixture.ExecuteAsync(
            """{ playbookSegments(skip: 3, take: 2, order: [{ name: ASC }]) { items { id } pageInfo { hasNextPage hasPreviousPage } totalCount } }""");

        var segment = response.Data.GetProperty("playbookSegments");
        Ids.Of(segment.GetProperty("items")).Should().Equal(ordered.Skip(3).Take(2));
        segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().Be(ordered.Count > 5);
        segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().BeTrue();
        segment.GetProperty("totalCount").GetInt32().Should().Be(rows.Count);
    }

    [Fact]
    public async Task Pages_a_sequence_in_memory_with_the_same_cursors()
    {
        var first = await fixture.ExecuteAsync("""{ customersInMemory(first: 2, order: [{ healthScore: ASC }]) { nodes { name } pageInfo { endCursor hasNextPage } } }""");
        var cursor = first.Data.GetProperty("customersInMemory").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await fixture.ExecuteAsync($$"""{ customersInMemory(first: 2, after: "{{cursor}}", order: [{ healthScore: ASC }]) { nodes { name } pageInfo { hasNextPage } } }""");

        var names = Names(first, "customersInMemory").Concat(Names(second, "customersInMemory")).ToList();
        names.Should().HaveCount(4).And.EndWith(["Acme", "beta corp"]);
        names.Take(2).Should().BeEquivalentTo("Gamma_%", "delta"); // both score 55: their order is the ids'
        second.Data.GetProperty("customersInMemory").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeFalse();
    }

    private async Task<List<Guid>> ExpectedOrderAsync(string key, bool descending)
    {
        var rows = await fixture.LoadPlaybooksAsync();
        Func<Playbook, IComparable?> read = key switch
        {
            "version" => p => p.Version,
            "category" => p => p.Category,
            _ => p => p.Description,
        };
        var nullsFirst = rows.OrderBy(p => read(p) is null == descending ? 0 : 1);
        var ordered = descending
            ? nullsFirst.ThenByDescending(p => read(p), Comparer<IComparable?>.Create(CompareOrdinal))
            : nullsFirst.ThenBy(p => read(p), Comparer<IComparable?>.Create(CompareOrdinal));
        return [.. ordered.ThenBy(p => Ids.SortKey(p.Id), StringComparer.Ordinal).Select(p => p.Id)];
    }

    private static int CompareOrdinal(IComparable? left, IComparable? right) =>
        left is string a && right is string b ? string.CompareOrdinal(a, b) : Comparer<IComparable?>.Default.Compare(left, right);

    private static List<object?> Order(string key, bool descending) =>
        [new Dictionary<string, object?> { [key] = descending ? "DESC" : "ASC" }];

    private static Dictionary<string, object?> Variables(params (string Name, object? Value)[] values) =>
        values.ToDictionary(value => value.Name, value => value.Value);

    private static List<Guid> EdgeIds(GraphQLResponse response) =>
        [.. response.Data.GetProperty("playbookPages").GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetGuid())];

    private static IEnumerable<string?> Names(GraphQLResponse response, string field) =>
        response.Data.GetProperty(field).GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString());

    private static string EditFirstValue(string cursor)
    {
        var json = JsonNode.Parse(Base64Url.DecodeFromChars(cursor))!;
        json["k"]![0] = 99;
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }
}
