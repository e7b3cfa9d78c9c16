using System.Net;
using System.Text.Json;
using static Playbooks.Server.Tests.Http.GraphQLHttpClient;

namespace Playbooks.Server.Tests.Http;

/// <summary>GraphQL over HTTP at /graphql (the GraphQL-over-HTTP specification's media types, methods and status codes).</summary>
public sealed class GraphQLHttpEndpointTests(PlaybooksServerFactory server) : IClassFixture<PlaybooksServerFactory>
{
    private readonly HttpClient _client = server.CreateClient();

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", "application/json")]
    public async Task Post_answers_in_the_negotiated_media_type(string? accept, string expected)
    {
        using var response = await _client.SendAsync(PostQuery("{ echo(message: \"hi\") }", accept));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(expected);
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString().Should().Be("hi");
    }

    [Fact]
    public async Task Post_runs_the_diagnostic_query_and_mutation()
    {
        using var query = await _client.SendAsync(PostQuery("{ serverTime version }"));
        using var mutation = await _client.SendAsync(PostQuery("mutation { echo(message: \"published\") { id message } }"));

        var data = (await query.ReadJsonAsync()).GetProperty("data");
        DateTimeOffset.Parse(data.GetProperty("serverTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        data.GetProperty("version").GetString().Should().NotBeNullOrEmpty();
        var echo = (await mutation.ReadJsonAsync()).GetProperty("data").GetProperty("echo");
        echo.GetProperty("message").GetString().Should().Be("published");
        echo.GetProperty("id").GetString().Should().MatchRegex(@"^\d+-\d+$", "the id of the event on the echoed topic");
    }

    [Fact]
    public async Task Post_takes_variables_operation_name_and_extensions()
    {
        const string body = """
            {"query": "query A { version } query B($m: String!) { echo(message: $m) }",
             "operationName": "B", "variables": {"m": "from variables"}, "extensions": {"some": "value"}}
            """;

        using var response = await _client.SendAsync(Post(body));

        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString().Should().Be("from variables");
    }

    [Fact]
    public async Task Accept_without_a_supported_media_type_is_406()
    {
        using var response = await _client.SendAsync(PostQuery("{ version }", "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.ReadJsonAsync()).FirstErrorCode().Should().Be("NOT_ACCEPTABLE");
    }

    [Theory]
    [InlineData("{", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ noSuchField }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task Document_errors_are_400_under_graphql_response_json_and_200_under_json(string query, string code)
    {
        using var strict = await _client.SendAsync(PostQuery(query, GraphQLResponseJson));
        using var legacy = await _client.SendAsync(PostQuery(query, "application/json"));

        strict.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var strictBody = await strict.ReadJsonAsync();
        strictBody.TryGetProperty("data", out _).Should().BeFalse();
        strictBody.FirstErrorCode().Should().Be(code);
        legacy.StatusCode.Should().Be(HttpStatusCode.OK);
        (await legacy.ReadJsonAsync()).FirstErrorCode().Should().Be(code);
    }

    [Fact]
    public async Task Variable_coercion_errors_are_400_under_graphql_response_json_and_200_under_json()
    {
        const string query = "query ($m: String!) { echo(message: $m) }";

        using var strict = await _client.SendAsync(PostQuery(query, GraphQLResponseJson, new { m = 5 }));
        using var legacy = await _client.SendAsync(PostQuery(query, "application/json", new { m = 5 }));

        strict.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await strict.ReadJsonAsync()).FirstErrorCode().Should().Be("BAD_USER_INPUT");
        legacy.StatusCode.Should().Be(HttpStatusCode.OK);
        (await legacy.ReadJsonAsync()).FirstErrorCode().Should().Be("BAD_USER_INPUT");
    }

    [Theory]
    [InlineData("{ \"not JSON", "application/json")]
    [InlineData("{ \"not JSON", GraphQLResponseJson)]
    [InlineData("[1, 2]", "application/json")]
    [InlineData("\"{ version }\"", "application/json")]
    [InlineData("{}", "application/json")]
    [InlineData("{\"query\": null}", GraphQLResponseJson)]
    [InlineData("{\"query\": 1}", "application/json")]
    [InlineData("{\"query\": \"{ version }\", \"operationName\": 1}", "application/json")]
    [InlineData("{\"query\": \"{ version }\", \"variables\": \"{}\"}", "application/json")]
    [InlineData("{\"query\": \"{ version }\", \"variables\": [1]}", GraphQLResponseJson)]
    [InlineData("{\"query\": \"{ version }\", \"extensions\": false}", "application/json")]
    [InlineData("", "application/json")]
    public async Task Malformed_requests_are_400_with_a_well_formed_error(string body, string accept)
    {
        using var response = await _client.SendAsync(Post(body, accept));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be(accept);
        var json = await response.ReadJsonAsync();
        json.TryGetProperty("data", out _).Should().BeFalse();
        json.FirstErrorCode().Should().Be("BAD_REQUEST");
        json.GetProperty("errors")[0].GetProperty("message").GetString().Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task Other_content_types_are_415(string? contentType)
    {
        using var response = await _client.SendAsync(Post("{\"query\": \"{ version }\"}", contentType: contentType));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.ReadJsonAsync()).FirstErrorCode().Should().Be("UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task Utf8_charset_is_accepted()
    {
        using var response = await _client.SendAsync(Post("{\"query\": \"{ echo(message: \\\"Run🏃Swim🏊\\\") }\"}", contentType: "application/json; charset=utf-8"));

        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString().Should().Be("Run🏃Swim🏊");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var message = new string('x', 1024 * 1024);

        using var response = await _client.SendAsync(PostQuery($"{{ echo(message: \"{message}\") }}"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.ReadJsonAsync()).FirstErrorCode().Should().Be("REQUEST_ENTITY_TOO_LARGE");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        using var small = server.WithWebHostBuilder(b => b.UseSetting("GraphQL:MaxRequestBodySize", "64"));
        using var client = small.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ echo(message: \"" + new string('x', 100) + "\") }" })))),
        };
        request.Content.Headers.ContentType = new("application/json");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Get_runs_queries_with_variables_from_the_query_string()
    {
        var variables = Uri.EscapeDataString("{\"m\":\"over GET\"}");
        var query = Uri.EscapeDataString("query ($m: String!) { echo(message: $m) }");

        using var response = await _client.SendAsync(Get($"query={query}&variables={variables}", GraphQLResponseJson));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(GraphQLResponseJson);
        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString().Should().Be("over GET");
    }

    [Theory]
    [InlineData("mutation { echo(message: \"no\") }", null)]
    [InlineData("query A { version } mutation B { echo(message: \"no\") }", "B")]
    public async Task Get_refuses_mutations_with_405_and_Allow_POST(string query, string? operationName)
    {
        var queryString = "query=" + Uri.EscapeDataString(query) + (operationName is null ? "" : "&operationName=" + operationName);

        using var response = await _client.SendAsync(Get(queryString, GraphQLResponseJson));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
        (await response.ReadJsonAsync()).FirstErrorCode().Should().Be("METHOD_NOT_ALLOWED");
    }

    [Theory]
    [InlineData("variables=%5B1%5D")]
    [InlineData("query=%7B%20version%20%7D&variables=%7Bnot-json")]
    public async Task Get_with_bad_parameters_is_400(string queryString)
    {
        using var response = await _client.SendAsync(Get(queryString, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().Should().Be("BAD_REQUEST");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_Allow(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("{}") };

        using var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "POST");
    }

    [Fact]
    public async Task Sdl_returns_the_schema()
    {
        using var response = await _client.GetAsync(new Uri("/graphql?sdl", UriKind.Relative));
        var sdl = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        sdl.Should().Contain("type Query {").And.Contain("echo(message: String!): String!").And.Contain("type Mutation {");
    }

    [Fact]
    public async Task Event_stream_requests_are_answered_by_the_SSE_transport()
    {
        using var response = await _client.SendAsync(PostQuery("{ version }", "text/event-stream"));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        body.Should().StartWith("event: next\ndata: {\"data\":{\"version\":").And.Contain("event: complete");
    }
}
