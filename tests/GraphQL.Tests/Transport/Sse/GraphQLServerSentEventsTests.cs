using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GraphQL.Transport.Sse;

namespace GraphQL.Tests.Transport.Sse;

/// <summary>graphql-sse's distinct connections mode: POST with Accept: text/event-stream.</summary>
public sealed class GraphQLServerSentEventsTests
{
    [Fact]
    public async Task A_subscription_streams_next_events_then_complete()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = host.Server.CreateClient();

        using var response = await client.SendAsync(EventStreamRequest("""{"query":"subscription { counter(to: 2) }"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "event: next\ndata: {\"data\":{\"counter\":1}}\n\n" +
            "event: next\ndata: {\"data\":{\"counter\":2}}\n\n" +
            "event: complete\ndata:\n\n");
    }

    [Fact]
    public async Task A_query_is_one_next_then_complete()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = host.Server.CreateClient();

        using var response = await client.SendAsync(EventStreamRequest("""{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"Eve"}}"""));

        (await response.Content.ReadAsStringAsync()).Should().Be(
            "event: next\ndata: {\"data\":{\"hello\":\"Hello Eve\"}}\n\nevent: complete\ndata:\n\n");
    }

    [Fact]
    public async Task The_context_data_factory_seeds_each_request()
    {
        await using var host = await TransportTestHost.StartAsync(sseOptions: new GraphQLServerSentEventsOptions
        {
            ContextDataFactory = context => new Dictionary<string, object?> { ["tenant"] = context.Request.Headers["X-Tenant"].ToString() },
        });
        using var client = host.Server.CreateClient();
        using var request = EventStreamRequest("""{"query":"{ contextValue(key: \"tenant\") }"}""");
        request.Headers.Add("X-Tenant", "initech");

        using var response = await client.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().StartWith("event: next\ndata: {\"data\":{\"contextValue\":\"initech\"}}\n\n");
    }

    [Theory]
    [InlineData("""{"query":"subscription { nope }"}""", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("""{"query":"subscription {"}""", "GRAPHQL_PARSE_FAILED")]
    public async Task Requests_that_cannot_run_get_400_with_json_errors(string body, string code)
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = host.Server.CreateClient();

        using var response = await client.SendAsync(EventStreamRequest(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Contain(code);
    }

    [Fact]
    public async Task A_body_without_a_query_gets_400()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = host.Server.CreateClient();

        using var response = await client.SendAsync(EventStreamRequest("""{"variables":{}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("query").And.Contain("must be a string");
    }

    [Fact]
    public async Task Requests_that_do_not_accept_an_event_stream_pass_on()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_client_disconnecting_disposes_the_source_stream()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = host.Server.CreateClient();
        using var cancellation = new CancellationTokenSource();

        var response = await client.SendAsync(EventStreamRequest("""{"query":"subscription { events }"}"""), HttpCompletionOption.ResponseHeadersRead, cancellation.Token);
        await host.EventsStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await host.Events.Writer.WriteAsync("one");
        var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1024];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Encoding.UTF8.GetString(buffer, 0, read).Should().Be("event: next\ndata: {\"data\":{\"events\":\"one\"}}\n\n");

        await cancellation.CancelAsync();
        response.Dispose();

        await host.EventsDisposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static HttpRequestMessage EventStreamRequest(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }
}
