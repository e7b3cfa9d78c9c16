using System.Text;
using System.Text.Json;
using GraphQL.Execution;

namespace GraphQL.Tests.Execution;

/// <summary>§7 Response: errors, data, extensions in graphql-js's key order, written with Utf8JsonWriter.</summary>
public sealed class ResponseWritingTests
{
    [Fact]
    public async Task Writes_errors_then_data_then_extensions()
    {
        var schema = Pets.CreateSchema();
        NullPropagationTests.Field(schema, "Dog", "nickname").Resolve(_ => throw new GraphQLException("x"));
        var result = (await schema.ExecuteAsync("{ dog { nickname } }")).WithExtensions(new Dictionary<string, object?>
        {
            ["cost"] = new Dictionary<string, object?> { ["requested"] = 3 },
            ["tags"] = new object[] { "a", 1, true },
        });

        result.ToJson().Should().Be(
            """{"errors":[{"message":"x","locations":[{"line":1,"column":9}],"path":["dog","nickname"]}],"data":{"dog":{"nickname":null}},"extensions":{"cost":{"requested":3},"tags":["a",1,true]}}""");
    }

    [Fact]
    public void Null_data_is_written_when_a_null_propagated_to_the_root() =>
        ExecutionResult.FromData(null).ToJson().Should().Be("""{"data":null}""");

    [Fact]
    public void A_request_error_has_no_data_entry()
    {
        var result = ExecutionResult.FromError(GraphQLError.Create("bad", code: "BAD"));

        result.ToJson().Should().Be("""{"errors":[{"message":"bad","extensions":{"code":"BAD"}}]}""");
    }

    [Fact]
    public async Task Writes_to_a_stream_as_utf8()
    {
        var schema = GraphQL.Types.SchemaBuilder.FromSdl("type Query { text: String }");
        schema.QueryType.GetField("text")!.Resolve(_ => "héllo \"quoted\"");
        var result = await schema.ExecuteAsync("{ text }");
        using var stream = new MemoryStream();

        await result.WriteToAsync(stream);

        var written = Encoding.UTF8.GetString(stream.ToArray());
        JsonDocument.Parse(written).RootElement.GetProperty("data").GetProperty("text").GetString().Should().Be("héllo \"quoted\"");
        written.Should().Be(result.ToJson());
    }

    [Fact]
    public async Task Writes_json_scalar_values_as_json()
    {
        var schema = TestSchema.Build();
        schema.QueryType.GetField("metadata")!.Resolve(_ => new Dictionary<string, object?>
        {
            ["a"] = new object?[] { 1, 2.5, "s", null, false },
            ["b"] = new Dictionary<string, object?> { ["c"] = 10L },
            ["d"] = JsonDocument.Parse("""{"e":[1]}""").RootElement,
        });

        var result = await schema.ExecuteAsync("{ metadata }");

        result.ToJson().Should().Be("""{"data":{"metadata":{"a":[1,2.5,"s",null,false],"b":{"c":10},"d":{"e":[1]}}}}""");
    }
}
