using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>Runs documents against a schema and compares responses as JSON, key order included.</summary>
internal static class ExecutionTestKit
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<ExecutionResult> ExecuteAsync(
        this Schema schema,
        string query,
        object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        ExecutionOptions? options = null,
        string? operationName = null,
        CancellationToken cancellationToken = default)
    {
        var result = await new RequestExecutor(schema, options).ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            RootValue = root,
            Variables = variables,
            OperationName = operationName,
            CancellationToken = cancellationToken,
        });
        return result.Should().BeOfType<ExecutionResult>().Subject;
    }

    /// <summary>Options that skip validation, to test how the executor copes with documents validation would reject.</summary>
    public static ExecutionOptions Unvalidated { get; } = new() { Validator = new NoValidation() };

    /// <summary>Asserts the response's JSON equals <paramref name="expectedJson"/> (whitespace aside; key order matters).</summary>
    public static void ShouldBeJson(this ExecutionResult result, string expectedJson) =>
        Normalize(result.ToJson()).Should().Be(Normalize(expectedJson));

    /// <summary>Variables from a JSON object, as a transport would pass them.</summary>
    public static IReadOnlyDictionary<string, object?> Variables(string json) =>
        (IReadOnlyDictionary<string, object?>)ExternalValues.FromJson(JsonDocument.Parse(json).RootElement)!;

    public static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(Indented);

    private sealed class NoValidation : IDocumentValidator
    {
        public IReadOnlyList<GraphQLError> Validate(Schema schema, GraphQL.Language.Ast.DocumentNode document) => [];
    }
}
