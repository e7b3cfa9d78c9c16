// Usage: SdlPrint FILE.graphql...
// Builds a schema from each file and prints one JSON object to stdout: { "<file as given>": "<SchemaPrinter.Print output>" }.
// A file that does not build maps to null, with the reason on stderr; the exit code is then 1.
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Types;

var printed = new Dictionary<string, string?>(StringComparer.Ordinal);
var exitCode = 0;
foreach (var path in args)
{
    try
    {
        printed[path] = SchemaPrinter.Print(SchemaBuilder.FromSdl(File.ReadAllText(path)));
    }
    catch (Exception error) when (error is IOException or GraphQL.Language.GraphQLSyntaxException or SchemaValidationException or GraphQLCoercionException)
    {
        Console.Error.WriteLine($"{path}: {error.Message}");
        printed[path] = null;
        exitCode = 1;
    }
}

var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
Console.WriteLine(JsonSerializer.Serialize(printed, options));
return exitCode;
