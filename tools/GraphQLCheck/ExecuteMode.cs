using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQLCheck;

/// <summary>
/// <c>GraphQLCheck execute</c>: runs requests with the engine's <see cref="RequestExecutor"/> against an SDL schema whose
/// fields all resolve from a JSON data file, for scripts/checks/execution-crosscheck.mjs, which gives graphql-js the same
/// resolver (see scripts/checks/README.md).
/// </summary>
/// <remarks>
/// <para>Request on stdin: <c>{ "schema": "&lt;sdl&gt;", "data": { root object }, "requests": [{ "id", "query", "variables"?, "operationName"? }] }</c>.</para>
/// <para>Result on stdout: <c>{ "results": [{ "id", "result": &lt;the response as ExecutionResult.WriteTo writes it&gt; }] }</c>.</para>
/// <para>The resolver of every field: a field whose name starts with <c>echo</c> returns its coerced arguments as canonical
/// JSON text (keys sorted, no spaces); otherwise the parent dictionary's entry named like the field, where an entry
/// <c>{"$error": message}</c> throws a <see cref="GraphQLException"/> with that message and an entry
/// <c>{"$byArg": argument, "values": {…}}</c> gives <c>values[argument's value as text]</c>.</para>
/// </remarks>
internal static class ExecuteMode
{
    public static int Run()
    {
        JsonDocument request;
        try
        {
            using var stdin = Console.OpenStandardInput();
            request = JsonDocument.Parse(stdin);
        }
        catch (JsonException exception)
        {
            Console.Error.WriteLine($"GraphQLCheck: the request is not valid JSON: {exception.Message}");
            return 2;
        }

        var root = request.RootElement;
        if (!root.TryGetProperty("schema", out var sdl) || !root.TryGetProperty("requests", out var requests))
        {
            Console.Error.WriteLine("GraphQLCheck: the request needs \"schema\", \"data\" and \"requests\".");
            return 2;
        }

        var data = root.TryGetProperty("data", out var dataElement) ? ExternalValues.FromJson(dataElement) : null;
        Schema schema;
        try
        {
            schema = BuildSchema(sdl.GetString() ?? "");
        }
        catch (Exception exception)
        {
            Console.Error.WriteLine($"GraphQLCheck: the schema does not build: {exception.Message}");
            return 1;
        }

        var executor = new RequestExecutor(schema);
        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartArray("results");
        foreach (var item in requests.EnumerateArray())
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.GetProperty("id").GetString());
            writer.WritePropertyName("result");
            try
            {
                var graphQLRequest = new GraphQLRequest
                {
                    Query = item.GetProperty("query").GetString(),
                    OperationName = item.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
                    Variables = item.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object
                        ? (IReadOnlyDictionary<string, object?>?)ExternalValues.FromJson(variables)
                        : null,
                    RootValue = data,
                };
                var result = (ExecutionResult)executor.ExecuteAsync(graphQLRequest).AsTask().GetAwaiter().GetResult();
                result.WriteTo(writer);
            }
            catch (Exception exception)
            {
                writer.WriteStartObject();
                writer.WriteStartArray("errors");
                writer.WriteStartObject();
                writer.WriteString("message", $"GraphQLCheck: the executor threw {exception.GetType().Name}: {exception.Message}");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stdout.Write("\n"u8);
        return 0;
    }

    private static Schema BuildSchema(string sdl)
    {
        var document = Parser.Parse(sdl, ParserOptions.Unlimited);
        var builder = new SchemaBuilder().AddTypeDefinitions(document);
        foreach (var definition in document.Definitions.OfType<ObjectTypeDefinitionNode>())
        {
            builder.ConfigureType<ObjectType>(definition.Name.Value, type =>
            {
                foreach (var field in type.Fields)
                {
                    field.Resolve(Resolve);
                }
            });
        }

        return builder.Build();
    }

    private static object? Resolve(IResolverContext context)
    {
        var name = context.Field.Name;
        if (name.StartsWith("echo", StringComparison.Ordinal))
        {
            var text = new StringBuilder();
            WriteCanonical(text, context.Arguments);
            return text.ToString();
        }

        if (context.Parent is not IReadOnlyDictionary<string, object?> parent || !parent.TryGetValue(name, out var value))
        {
            return null;
        }

        if (value is IReadOnlyDictionary<string, object?> special)
        {
            if (special.TryGetValue("$error", out var message))
            {
                throw new GraphQLException(message?.ToString() ?? "");
            }

            if (special.TryGetValue("$byArg", out var argument) && special.TryGetValue("values", out var values)
                && values is IReadOnlyDictionary<string, object?> byValue)
            {
                var key = context.Arguments.TryGetValue(argument?.ToString() ?? "", out var argumentValue) ? Text(argumentValue) : "null";
                return byValue.TryGetValue(key, out var found) ? found : null;
            }
        }

        return value;
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>JSON with sorted keys and no spaces, numbers as JavaScript prints them (for the values the corpus uses).</summary>
    private static void WriteCanonical(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case double d:
                text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case float f:
                text.Append(((double)f).ToString("R", CultureInfo.InvariantCulture));
                break;
            case decimal m:
                text.Append(m.ToString(CultureInfo.InvariantCulture));
                break;
            case int or long or short or byte:
                text.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                text.Append('{');
                var first = true;
                foreach (var key in map.Keys.OrderBy(key => key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    text.Append(JsonSerializer.Serialize(key)).Append(':');
                    WriteCanonical(text, map[key]);
                }

                text.Append('}');
                break;
            case System.Collections.IEnumerable list:
                text.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem)
                    {
                        text.Append(',');
                    }

                    firstItem = false;
                    WriteCanonical(text, item);
                }

                text.Append(']');
                break;
            default:
                text.Append(JsonSerializer.Serialize(value.ToString()));
                break;
        }
    }
}
