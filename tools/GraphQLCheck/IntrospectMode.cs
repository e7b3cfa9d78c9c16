using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQLCheck;

/// <summary>
/// <c>GraphQLCheck introspect QUERY-FILE [SDL-FILE…]</c>: for scripts/checks/introspection-crosscheck.mjs, executes the
/// introspection query in QUERY-FILE with the engine against <see cref="CodeFirstCheckSchema"/> and against a schema built
/// from each SDL file, and prints <c>{ "schemas": [{ "name", "result": &lt;response&gt;, "sdl": &lt;SchemaPrinter.Print&gt; }] }</c>.
/// A schema that does not build has <c>"error"</c> instead; the exit code is then 1.
/// </summary>
internal static class IntrospectMode
{
    public static int Run(string queryFile, IEnumerable<string> sdlFiles)
    {
        var query = File.ReadAllText(queryFile);
        var exitCode = 0;
        var schemas = new List<(string Name, Func<Schema> Build)> { ("code-first", CodeFirstCheckSchema.Build) };
        schemas.AddRange(sdlFiles.Select(path => (path, (Func<Schema>)(() => SchemaBuilder.FromSdl(File.ReadAllText(path))))));

        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartArray("schemas");
        foreach (var (name, build) in schemas)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            try
            {
                var schema = build();
                var result = (ExecutionResult)new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query })
                    .AsTask().GetAwaiter().GetResult();
                writer.WritePropertyName("result");
                result.WriteTo(writer);
                writer.WriteString("sdl", SchemaPrinter.Print(schema));
            }
            catch (Exception exception)
            {
                writer.WriteString("error", $"{exception.GetType().Name}: {exception.Message}");
                exitCode = 1;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stdout.Write("\n"u8);
        return exitCode;
    }
}
