using System.Net.WebSockets;
using GraphQL.Transport.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Transport.WebSockets;

/// <summary>The graphql-transport-ws protocol (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md) over TestServer.</summary>
public sealed class GraphQLTransportWsTests
{
    private const string Protocol = GraphQLWebSocketSubprotocols.GraphQLTransportWs;

    [Fact]
    public async Task A_subscription_streams_next_per_event_then_complete()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        socket.Socket.SubProtocol.Should().Be(Protocol);

        await socket.InitAsync();
        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription($to: Int!) { counter(to: $to) }","variables":{"to":3}}}""");

        (await socket.ReceiveAsync()).Should().Be("""{"id":"1","type":"next","payload":{"data":{"counter":1}}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"1","type":"next","payload":{"data":{"counter":2}}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"1","type":"next","payload":{"data":{"counter":3}}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"1","type":"complete"}""");
    }

    [Fact]
    public async Task A_query_gives_one_next_and_complete()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"query Greet($n: String) { hello(name: $n) }","operationName":"Greet","variables":{"n":"Ada"},"extensions":{}}}""");

        (await socket.ReceiveAsync()).Should().Be("""{"id":"q","type":"next","payload":{"data":{"hello":"Hello Ada"}}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"q","type":"complete"}""");
    }

    [Fact]
    public async Task Mutations_run_over_the_socket()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"m1","type":"subscribe","payload":{"query":"mutation { increment }"}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"m1","type":"next","payload":{"data":{"increment":1}}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"m1","type":"complete"}""");
        await socket.SendAsync("""{"id":"m1","type":"subscribe","payload":{"query":"mutation { increment }"}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"m1","type":"next","payload":{"data":{"increment":2}}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"m1","type":"complete"}""");
    }

    [Fact]
    public async Task Field_errors_are_part_of_next()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ boom }"}}""");

        var next = await socket.ReceiveJsonAsync();
        next.GetProperty("type").GetString().Should().Be("next");
        next.GetProperty("payload").GetProperty("errors")[0].GetProperty("message").GetString().Should().Be("boom");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"1","type":"complete"}""");
    }

    [Fact]
    public async Task A_request_error_is_an_error_message_without_complete()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"bad","type":"subscribe","payload":{"query":"subscription { nope }"}}""");

        var error = await socket.ReceiveJsonAsync();
        error.GetProperty("type").GetString().Should().Be("error");
        error.GetProperty("id").GetString().Should().Be("bad");
        error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("GRAPHQL_VALIDATION_FAILED");

        // The next message answers the ping: no complete followed the error.
        await socket.SendAsync("""{"type":"ping"}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"pong"}""");
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_its_payload_even_before_the_ack()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);

        await socket.SendAsync("""{"type":"ping","payload":{"t":1}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"pong","payload":{"t":1}}""");
        await socket.InitAsync();
        await socket.SendAsync("""{"type":"ping"}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"pong"}""");
    }

    [Fact]
    public async Task The_server_pings_at_the_keep_alive_interval_and_accepts_pongs()
    {
        await using var host = await TransportTestHost.StartAsync(options => options.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();

        (await socket.ReceiveAsync()).Should().Be("""{"type":"ping"}""");
        await socket.SendAsync("""{"type":"pong"}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"ping"}""");
    }

    [Fact]
    public async Task The_connection_init_payload_reaches_the_hook_whose_items_every_request_sees()
    {
        await using var host = await TransportTestHost.StartAsync(options => options.OnConnect = context =>
        {
            context.Items["tenant"] = context.Payload!.Value.GetProperty("tenant").GetString();
            context.AckPayload = new { welcome = true };
            return ValueTask.FromResult(true);
        });
        using var socket = await host.ConnectAsync(Protocol);

        await socket.SendAsync("""{"type":"connection_init","payload":{"tenant":"acme"}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"connection_ack","payload":{"welcome":true}}""");
        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ contextValue(key: \"tenant\") }"}}""");

        (await socket.ReceiveAsync()).Should().Be("""{"id":"1","type":"next","payload":{"data":{"contextValue":"acme"}}}""");
    }

    [Fact]
    public async Task Services_set_by_the_hook_are_the_services_of_every_request()
    {
        await using var host = await TransportTestHost.StartAsync(options => options.OnConnect = context =>
        {
            context.Services = new ServiceCollection().AddSingleton(new TenantMarker("globex")).BuildServiceProvider();
            return ValueTask.FromResult(true);
        });
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ serviceValue }"}}""");

        (await socket.ReceiveAsync()).Should().Be("""{"id":"1","type":"next","payload":{"data":{"serviceValue":"globex"}}}""");
    }

    [Fact]
    public async Task Complete_from_the_client_disposes_the_source_stream()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"e","type":"subscribe","payload":{"query":"subscription { events }"}}""");
        await host.EventsStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await host.Events.Writer.WriteAsync("first");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"e","type":"next","payload":{"data":{"events":"first"}}}""");

        await socket.SendAsync("""{"id":"e","type":"complete"}""");

        await host.EventsDisposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await socket.SendAsync("""{"type":"ping"}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"pong"}""");
    }

    [Fact]
    public async Task Closing_the_socket_disposes_the_source_streams()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"e","type":"subscribe","payload":{"query":"subscription { events }"}}""");
        await host.EventsStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await socket.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);

        await host.EventsDisposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Operations_run_concurrently_on_one_socket()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"e","type":"subscribe","payload":{"query":"subscription { events }"}}""");
        await host.EventsStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // While "e" waits for an event, a query answers.
        await socket.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"q","type":"next","payload":{"data":{"hello":"Hello world"}}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"q","type":"complete"}""");
        await host.Events.Writer.WriteAsync("later");
        (await socket.ReceiveAsync()).Should().Be("""{"id":"e","type":"next","payload":{"data":{"events":"later"}}}""");
        host.Events.Writer.Complete();
        (await socket.ReceiveAsync()).Should().Be("""{"id":"e","type":"complete"}""");
    }

    [Fact]
    public async Task An_upgrade_without_a_supported_subprotocol_is_refused()
    {
        await using var host = await TransportTestHost.StartAsync();

        var unknown = () => host.ConnectAsync("graphql-unknown");
        var none = () => host.ConnectAsync();

        await unknown.Should().ThrowAsync<InvalidOperationException>().WithMessage("*400*");
        await none.Should().ThrowAsync<InvalidOperationException>().WithMessage("*400*");
    }

    [Fact]
    public async Task The_graphql_transport_ws_subprotocol_is_preferred()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(GraphQLWebSocketSubprotocols.SubscriptionsTransportWs, Protocol);

        socket.Socket.SubProtocol.Should().Be(Protocol);
    }
}
