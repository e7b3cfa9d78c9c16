using GraphQL.Execution;

namespace GraphQL.Tests.Execution;

/// <summary>§6.1 GetOperation(): which operation runs, and the OPERATION_RESOLUTION_FAILURE errors.</summary>
public sealed class OperationSelectionTests
{
    private const string TwoOperations = "query A { petCount } query B { today }";

    [Fact]
    public async Task The_only_operation_runs_without_a_name()
    {
        var result = await Schema().ExecuteAsync("query A { petCount }");

        result.ShouldBeJson("""{ "data": { "petCount": 2 } }""");
    }

    [Fact]
    public async Task The_named_operation_runs()
    {
        var result = await Schema().ExecuteAsync(TwoOperations, operationName: "B");

        result.ShouldBeJson("""{ "data": { "today": "2024-05-01" } }""");
    }

    [Fact]
    public async Task Several_operations_need_a_name()
    {
        var result = await Schema().ExecuteAsync(TwoOperations);

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Must provide operation name if query contains multiple operations.", "extensions": { "code": "OPERATION_RESOLUTION_FAILURE" } } ] }
            """);
    }

    [Fact]
    public async Task An_unknown_name_is_an_error()
    {
        var result = await Schema().ExecuteAsync(TwoOperations, operationName: "C");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Unknown operation named \"C\".", "extensions": { "code": "OPERATION_RESOLUTION_FAILURE" } } ] }
            """);
    }

    [Fact]
    public async Task A_document_without_operations_is_an_error()
    {
        var result = await Schema().ExecuteAsync("fragment F on Query { petCount }", options: ExecutionTestKit.Unvalidated);

        result.Errors.Single().Message.Should().Be("Must provide an operation.");
        result.Errors.Single().Code.Should().Be(ErrorCodes.OperationResolutionFailure);
        result.HasData.Should().BeFalse();
    }

    [Fact]
    public async Task An_operation_the_schema_does_not_support_is_an_error()
    {
        var schema = GraphQL.Types.SchemaBuilder.FromSdl("type Query { a: Int }");

        var result = await schema.ExecuteAsync("mutation { a }", options: ExecutionTestKit.Unvalidated);

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Schema is not configured to execute mutation operation.", "locations": [ { "line": 1, "column": 1 } ],
                "extensions": { "code": "OPERATION_RESOLUTION_FAILURE" } } ] }
            """);
    }

    private static GraphQL.Types.Schema Schema()
    {
        var schema = TestSchema.Build();
        schema.QueryType.GetField("petCount")!.Resolve(_ => 2L);
        schema.QueryType.GetField("today")!.Resolve(_ => new DateOnly(2024, 5, 1));
        return schema;
    }
}
