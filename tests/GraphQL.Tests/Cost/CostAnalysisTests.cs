using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Tests.Execution;
using GraphQL.Types;
using GraphQL.Validation.Cost;

namespace GraphQL.Tests.Cost;

/// <summary>
/// Cost analysis (the IBM cost directive specification): computed field and type costs, limits enforced before any
/// resolver runs, and the <c>report</c>/<c>validate</c> modes.
/// </summary>
public sealed class CostAnalysisTests
{
    private const string Sdl = CostDirectives.Definitions + """

        type Query {
          user(id: ID!): User
          users(first: Int, last: Int): [User!]!
          search(term: String @cost(weight: "5"), limit: Int): [User!]! @listSize(slicingArguments: ["limit"], assumedSize: 50, requireOneSlicingArgument: false)
          top: [User!]! @listSize(assumedSize: 3)
          feed(first: Int, after: String): UserConnection!
          expensive: Int @cost(weight: "20")
          bounded(first: Int, last: Int): [User!]! @listSize(slicingArguments: ["first", "last"], requireOneSlicingArgument: true)
          version: String
        }

        type User {
          id: ID!
          name: String
          friends(first: Int): [User!]!
          report: Report
        }

        type Report @cost(weight: "7") {
          total: Int
        }

        type UserConnection {
          edges: [UserEdge!]!
          nodes: [User!]!
          totalCount: Int
        }

        type UserEdge {
          node: User!
        }
        """;

    public static TheoryData<string, double, double> Costs => new()
    {
        // A leaf costs nothing, a composite field 1; the type cost counts the objects.
        { "{ version }", 0, 0 },
        { "{ user(id: 1) { id name } }", 1, 1 },
        { "{ user(id: 1) { id friends(first: 2) { id } } }", 2, 3 },
        // A list without a slicing argument value: the default size, 10.
        { "{ users { id } }", 1, 10 },
        { "{ users(first: 5) { id } }", 1, 5 },
        { "{ users(first: 5) { friends(first: 3) { name } } }", 6, 20 },
        { "{ users(first: 2, last: 4) { id } }", 1, 4 },
        // A negative size counts as 0: it cannot lower the cost of the other fields.
        { "{ users(first: -100) { friends { id } } user(id: 1) { id } }", 2, 1 },
        // @cost on an argument given, @listSize's own slicing argument and assumed size.
        { "{ search(term: \"a\") { id } }", 6, 50 },
        { "{ search(limit: 4) { id } }", 1, 4 },
        { "{ top { id } }", 1, 3 },
        // @cost on a field and on a type (its weight replaces 1 both as field and as type).
        { "{ expensive }", 20, 0 },
        { "{ user(id: 1) { report { total } } }", 8, 8 },
        // A connection: first sizes edges and nodes, not the connection itself.
        { "{ feed(first: 4) { totalCount edges { node { id } } } }", 6, 9 },
        { "{ feed(first: 4) { nodes { id } } }", 2, 5 },
        // Fragments count where spread; aliases count each time.
        { "{ a: user(id: 1) { ...F } b: user(id: 2) { ...F } } fragment F on User { report { total } }", 16, 16 },
        { "{ __typename user(id: 1) { __typename } }", 1, 1 },
        // Introspection is bounded elsewhere: no cost.
        { "{ __schema { types { fields { name } } } }", 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Costs))]
    public async Task The_computed_costs_follow_the_specification(string query, double fieldCost, double typeCost)
    {
        var result = await RunAsync(CreateSchema(out _), query, CostReport.ValidateOnly);

        result.Errors.Should().BeEmpty();
        var cost = (IReadOnlyDictionary<string, object?>)result.Extensions!["cost"]!;
        cost["fieldCost"].Should().Be(fieldCost);
        cost["typeCost"].Should().Be(typeCost);
    }

    [Fact]
    public async Task A_slicing_argument_taken_from_a_variable_uses_the_variable_value()
    {
        var schema = CreateSchema(out _);
        const string query = "query($n: Int) { users(first: $n) { id } }";

        var three = await RunAsync(schema, query, CostReport.ValidateOnly, ExecutionTestKit.Variables("""{ "n": 3 }"""));
        var seven = await RunAsync(schema, query, CostReport.ValidateOnly, ExecutionTestKit.Variables("""{ "n": 7 }"""));

        ((IReadOnlyDictionary<string, object?>)three.Extensions!["cost"]!)["typeCost"].Should().Be(3.0);
        ((IReadOnlyDictionary<string, object?>)seven.Extensions!["cost"]!)["typeCost"].Should().Be(7.0);
    }

    [Fact]
    public async Task Over_the_limit_is_rejected_before_any_resolver_runs()
    {
        var schema = CreateSchema(out var resolved);
        var options = new ExecutionOptions { Cost = new CostOptions { MaxTypeCost = 100 } };

        var result = await RunAsync(schema, "{ users(first: 50) { friends(first: 50) { id } } }", CostReport.None, options: options);

        resolved.Value.Should().Be(0);
        result.HasData.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ErrorCodes.CostLimitExceeded);
        error.Extensions!["cost"].Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["fieldCost"] = 51.0,
            ["typeCost"] = 2550.0,
            ["maxFieldCost"] = 10_000.0,
            ["maxTypeCost"] = 100.0,
        });
    }

    [Fact]
    public async Task Report_mode_executes_and_adds_the_cost_validate_mode_does_not_execute()
    {
        var schema = CreateSchema(out var resolved);

        var report = await RunAsync(schema, "{ users(first: 2) { id } }", CostReport.Report);
        var afterReport = resolved.Value;
        var validate = await RunAsync(schema, "{ users(first: 2) { id } }", CostReport.ValidateOnly);

        afterReport.Should().Be(1);
        report.ToJson().Should().Contain("\"data\":{\"users\":[").And.Contain("\"extensions\":{\"cost\":{\"fieldCost\":1,\"typeCost\":2,");
        resolved.Value.Should().Be(1, "validate mode runs no resolver");
        validate.ToJson().Should().Contain("\"typeCost\":2");
    }

    [Fact]
    public async Task Require_one_slicing_argument_rejects_none_or_two()
    {
        var schema = CreateSchema(out _);

        var none = await RunAsync(schema, "{ bounded { id } }", CostReport.ValidateOnly);
        var two = await RunAsync(schema, "{ bounded(first: 1, last: 1) { id } }", CostReport.ValidateOnly);
        var one = await RunAsync(schema, "{ bounded(first: 1) { id } }", CostReport.ValidateOnly);

        none.Errors.Should().ContainSingle().Which.Message.Should().Contain("Query.bounded");
        two.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.ValidationFailed);
        one.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{ user(id: 1) { friends { friends { friends { id } } } } }", ErrorCodes.ExecutionDepthExceeded)]
    [InlineData("{ user(id: 1) { a: id b: id c: name d: name } }", ErrorCodes.AliasLimitExceeded)]
    [InlineData("{ version expensive top { id } user(id: 1) { id } }", ErrorCodes.RootFieldLimitExceeded)]
    public async Task Depth_alias_and_root_field_limits_have_their_codes(string query, string code)
    {
        var schema = CreateSchema(out var resolved);
        var options = new ExecutionOptions { Cost = new CostOptions { MaxExecutionDepth = 4, MaxAliases = 3, MaxRootFields = 3 } };

        var result = await RunAsync(schema, query, CostReport.None, options: options);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(code);
        resolved.Value.Should().Be(0);
    }

    [Fact]
    public async Task Code_first_attributes_apply_the_directives()
    {
        var schema = new GraphQL.Types.CodeFirst.CodeFirstSchemaBuilder().AddQueryType<CostedQuery>().Build();

        var result = await RunAsync(schema, "{ pricey items(take: 4, filter: \"a\") { name } }", CostReport.ValidateOnly);

        // pricey 12; items: its type's weight 2 + the filter argument's 3; four items of type weight 2.
        var cost = (IReadOnlyDictionary<string, object?>)result.Extensions!["cost"]!;
        cost["fieldCost"].Should().Be(17.0);
        cost["typeCost"].Should().Be(8.0);
    }

    private static Schema CreateSchema(out StrongBox<int> resolved)
    {
        var schema = SchemaBuilder.FromSdl(Sdl);
        var counter = new StrongBox<int>();
        object[] users = [new Dictionary<string, object?> { ["id"] = "1", ["name"] = "Ann", ["friends"] = Array.Empty<object>() }, new Dictionary<string, object?> { ["id"] = "2", ["name"] = "Bo", ["friends"] = Array.Empty<object>() }];
        foreach (var field in schema.QueryType.Fields)
        {
            field.Resolve(_ =>
            {
                Interlocked.Increment(ref counter.Value);
                return users;
            });
        }

        resolved = counter;
        return schema;
    }

    private static async Task<ExecutionResult> RunAsync(
        Schema schema,
        string query,
        CostReport report,
        IReadOnlyDictionary<string, object?>? variables = null,
        ExecutionOptions? options = null) =>
        (ExecutionResult)await new RequestExecutor(schema, options).ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, CostReport = report });
}
