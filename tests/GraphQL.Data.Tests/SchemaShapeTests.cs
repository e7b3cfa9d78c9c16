using GraphQL.Data;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;
using Playbooks.Data.Entities;

namespace Playbooks.GraphQL.Data.Tests;

/// <summary>The types and arguments the data features generate, and the build errors for their misuse.</summary>
public sealed class SchemaShapeTests
{
    private static readonly global::GraphQL.Types.Schema Schema = DataSchema.Build();
    private static readonly string Sdl = SchemaPrinter.Print(Schema);

    [Fact]
    public void Paged_fields_return_connections_with_cursor_arguments()
    {
        var query = Schema.QueryType;

        var pages = query.GetField("playbookPages")!;
        pages.Type.ToString().Should().Be("PlaybookConnection!");
        pages.Arguments.Select(argument => argument.Name).Should().Equal("first", "after", "last", "before", "where", "order");
        query.GetField("playbookSegments")!.Type.ToString().Should().Be("PlaybookCollectionSegment!");
        query.GetField("playbook")!.Type.ToString().Should().Be("Playbook");
        query.GetField("playbooks")!.Type.ToString().Should().Be("[Playbook!]!");
        Sdl.Should().Contain("edges: [PlaybookEdge!]!").And.Contain("nodes: [Playbook!]!").And.Contain("pageInfo: PageInfo!").And.Contain("endCursor: String");
    }

    [Fact]
    public void Filter_inputs_follow_the_object_type_and_leave_out_json_resolver_and_opted_out_fields()
    {
        var filter = Block("input PlaybookFilterInput");

        filter.Should().Contain("and: [PlaybookFilterInput!]").And.Contain("name: StringOperationFilterInput")
            .And.Contain("status: PlaybookStatusOperationFilterInput").And.Contain("steps: PlaybookStepListFilterInput")
            .And.Contain("version: IntOperationFilterInput").And.Contain("createdAt: DateTimeOperationFilterInput");
        filter.Should().NotContain("inputSchema").And.NotContain("label").And.NotContain("duration");
        Block("input StringOperationFilterInput").Should().Contain("icontains: String").And.Contain("nin: [String]");
        Block("input PlaybookStatusOperationFilterInput").Should().NotContain("gt:");
    }

    [Fact]
    public void Misuse_fails_the_build_naming_the_field()
    {
        var errors = FluentActions.Invoking(() => new CodeFirstSchemaBuilder().AddQueryType<MisusedQuery>().Build())
            .Should().Throw<SchemaValidationException>().Which.Errors;

        errors.Should().Contain(error => error.Contains("MisusedQuery.Single", StringComparison.Ordinal) && error.Contains("[UsePaging] needs a field returning", StringComparison.Ordinal));
        errors.Should().Contain(error => error.Contains("MisusedQuery.Numbers", StringComparison.Ordinal) && error.Contains("object type", StringComparison.Ordinal));
        errors.Should().Contain(error => error.Contains("MisusedQuery.Twice", StringComparison.Ordinal) && error.Contains("cannot both apply", StringComparison.Ordinal));
        errors.Should().Contain(error => error.Contains("MisusedQuery.Keyless", StringComparison.Ordinal) && error.Contains("key property 'Id'", StringComparison.Ordinal));
    }

    private static string Block(string header)
    {
        var start = Sdl.IndexOf(header + " {", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, header);
        return Sdl[start..Sdl.IndexOf('}', start)];
    }

    public sealed class MisusedQuery
    {
        [UsePaging]
        public static Customer Single() => throw new NotSupportedException();

        [UseFiltering]
        public static IQueryable<int> Numbers() => throw new NotSupportedException();

        [UsePaging, UseOffsetPaging]
        public static IQueryable<Customer> Twice() => throw new NotSupportedException();

        [UsePaging]
        public static IQueryable<Keyless> Keyless() => throw new NotSupportedException();
    }

    public sealed class Keyless
    {
        public string Name { get; set; } = "";
    }
}
