using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQLCheck;

/// <summary>
/// Validates documents against a schema with the engine, for the graphql-js cross-check (scripts/checks).
/// </summary>
/// <remarks>
/// <para>Usage: <c>GraphQLCheck [validate] &lt; request.json &gt; result.json</c>; the <c>execute</c> and
/// <c>introspect</c> modes are in <see cref="ExecuteMode"/> and <see cref="IntrospectMode"/>.</para>
/// <para>Request: <c>{ "schema": "&lt;sdl&gt;", "documents": [{ "id": "...", "source": "..." }] }</c>.</para>
/// <para>Result: <c>{ "results": [{ "id": "...", "valid": bool, "errors": [{ "message": "...", "locations": [{ "line": 1, "column": 2 }] }] }] }</c>,
/// in request order. A syntax error makes a document invalid with the parser's error; an exception thrown by the validator
/// makes it invalid with a message naming the exception and no locations, so one bad document does not hide the others.</para>
/// <para>Exit codes: 0 results written; 1 the schema does not build; 2 bad usage or request.</para>
/// </remarks>
internal static class Program
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "validate";
        if (mode == "execute" && args.Length == 1)
        {
            return ExecuteMode.Run();
        }

        if (mode == "introspect" && args.Length >= 2)
        {
            return IntrospectMode.Run(args[1], args.Skip(2));
        }

        if (mode != "validate" || args.Length > 1)
        {
            Console.Error.WriteLine("usage: GraphQLCheck [validate|execute] < request.json > result.json");
            Console.Error.WriteLine("       GraphQLCheck introspect QUERY-FILE > result.json");
            return 2;
        }

        Request? request;
        try
        {
            using var stdin = Console.OpenStandardInput();
            request = JsonSerializer.Deserialize<Request>(stdin, JsonOptions);
        }
        catch (JsonException exception)
        {
            Console.Error.WriteLine($"GraphQLCheck: the request is not valid JSON: {exception.Message}");
            return 2;
        }

        if (request?.Schema is null || request.Documents is null)
        {
            Console.Error.WriteLine("GraphQLCheck: the request needs \"schema\" and \"documents\".");
            return 2;
        }

        Schema schema;
        try
        {
            schema = SchemaBuilder.FromSdl(request.Schema);
        }
        catch (Exception exception)
        {
            Console.Error.WriteLine($"GraphQLCheck: the schema does not build: {exception.Message}");
            return 1;
        }

        var results = request.Documents.Select(document => Validate(schema, document)).ToList();

        using var stdout = Console.OpenStandardOutput();
        JsonSerializer.Serialize(stdout, new Response(results), JsonOptions);
        stdout.Write("\n"u8);
        return 0;
    }

    private static DocumentResult Validate(Schema schema, DocumentRequest document)
    {
        var id = document.Id ?? "";
        if (!Parser.TryParse(document.Source ?? "", out var parsed, out var syntaxError))
        {
            return new DocumentResult(id, false, [ToResult(syntaxError)]);
        }

        try
        {
            var errors = DocumentValidator.Validate(schema, parsed);
            return new DocumentResult(id, errors.Count == 0, errors.Select(ToResult).ToList());
        }
        catch (Exception exception)
        {
            return new DocumentResult(id, false, [new ErrorResult($"GraphQLCheck: the validator threw {exception.GetType().Name}: {exception.Message}", [])]);
        }
    }

    private static ErrorResult ToResult(GraphQLError error) =>
        new(error.Message, error.Locations.Select(location => new LocationResult(location.Line, location.Column)).ToList());

    private sealed record Request(string? Schema, List<DocumentRequest>? Documents);

    private sealed record DocumentRequest(string? Id, string? Source);

    private sealed record Response(List<DocumentResult> Results);

    private sealed record DocumentResult(string Id, bool Valid, List<ErrorResult> Errors);

    private sealed record ErrorResult(string Message, List<LocationResult> Locations);

    private sealed record LocationResult(int Line, int Column);
}
