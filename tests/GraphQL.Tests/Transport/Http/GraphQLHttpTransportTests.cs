using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphQL.Tests.Transport.Http;

/// <summary>What only a schema of our own can show: subscriptions over plain HTTP, cancellation on client abort.</summary>
public sealed class GraphQLHttpTransportTests : IAsyncLifetime
{
    private GraphQLHttpTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLHttpTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_subscription_over_plain_POST_is_a_clear_400(string accept)
    {
        using var client = _server.CreateClient();

        using var response = await client.SendAsync(Post("subscription { ticks }", accept));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = body.RootElement.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("STREAMING_TRANSPORT_REQUIRED");
        error.GetProperty("message").GetString().Should().Contain("text/event-stream").And.Contain("WebSocket");
        body.RootElement.TryGetProperty("data", out _).Should().BeFalse();
    }

    [Fact]
    public async Task A_subscription_over_GET_is_405()
    {
        using var client = _server.CreateClient();

        using var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("subscription { ticks }"), UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
    }

    [Fact]
    public async Task A_client_abort_cancels_the_request()
    {
        using var client = _server.CreateClient();
        using var abort = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var send = () => client.SendAsync(Post("{ wait }", "application/json"), abort.Token);

        await send.Should().ThrowAsync<OperationCanceledException>();
        (await TransportQuery.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5))).Should().BeTrue();
    }

    [Fact]
    public async Task GraphQLServerOptions_switch_off_GET_and_the_SDL()
    {
        await using var server = await GraphQLHttpTestServer.StartAsync(o =>
        {
            o.EnableGetRequests = false;
            o.EnableSdl = false;
        });
        using var client = server.CreateClient();

        using var get = await client.GetAsync(new Uri("/graphql?query=%7B%20hello%20%7D", UriKind.Relative));
        using var sdl = await client.GetAsync(new Uri("/graphql?sdl", UriKind.Relative));
        using var post = await client.SendAsync(Post("{ hello }", "application/json"));

        get.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        get.Content.Headers.Allow.Should().Equal("POST");
        sdl.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        (await post.Content.ReadAsStringAsync()).Should().Be("""{"data":{"hello":"world"}}""");
    }

    private static HttpRequestMessage Post(string query, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query }))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }
}
