using GraphQL.Transport.WebSockets;

namespace GraphQL.Tests.Transport.WebSockets;

/// <summary>The legacy subscriptions-transport-ws protocol (subprotocol <c>graphql-ws</c>) for older clients.</summary>
public sealed class SubscriptionsTransportWsTests
{
    private const string Protocol = GraphQLWebSocketSubprotocols.SubscriptionsTransportWs;

    [Fact]
    public async Task Init_start_data_complete()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        socket.Socket.SubProtocol.Should().Be(Protocol);

        await socket.SendAsync("""{"type":"connection_init","payload":{}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"connection_ack"}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"ka"}""");
        await socket.SendAsync("""{"id":"1","type":"start","payload":{"query":"subscription { counter(to: 2) }"}}""");

        (await socket.ReceiveAsync()).Should().Be("""{"type":"data","id":"1","payload":{"data":{"counter":1}}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"data","id":"1","payload":{"data":{"counter":2}}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"complete","id":"1"}""");
    }

    [Fact]
    public async Task Queries_and_request_errors_are_data_then_complete()
    {
        await using var host = await TransportTestHost.StartAsync(options => options.KeepAliveInterval = null);
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"q","type":"start","payload":{"query":"{ hello(name: \"Bob\") }"}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"data","id":"q","payload":{"data":{"hello":"Hello Bob"}}}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"complete","id":"q"}""");

        await socket.SendAsync("""{"id":"v","type":"start","payload":{"query":"{ nope }"}}""");
        var data = await socket.ReceiveJsonAsync();
        data.GetProperty("type").GetString().Should().Be("data");
        data.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("GRAPHQL_VALIDATION_FAILED");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"complete","id":"v"}""");
    }

    [Fact]
    public async Task Stop_disposes_the_source_stream()
    {
        await using var host = await TransportTestHost.StartAsync(options => options.KeepAliveInterval = null);
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"e","type":"start","payload":{"query":"subscription { events }"}}""");
        await host.EventsStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await socket.SendAsync("""{"id":"e","type":"stop"}""");

        await host.EventsDisposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_rejected_init_gets_connection_error_and_a_close()
    {
        await using var host = await TransportTestHost.StartAsync(options => options.OnConnect = _ => ValueTask.FromResult(false));
        using var socket = await host.ConnectAsync(Protocol);

        await socket.SendAsync("""{"type":"connection_init","payload":{}}""");

        (await socket.ReceiveAsync()).Should().Be("""{"type":"connection_error","payload":{"message":"Forbidden"}}""");
        (await socket.ReceiveCloseAsync()).Code.Should().Be(4403);
    }

    [Fact]
    public async Task Unknown_messages_get_an_error_and_connection_terminate_closes()
    {
        await using var host = await TransportTestHost.StartAsync(options => options.KeepAliveInterval = null);
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"x","type":"what"}""");
        (await socket.ReceiveAsync()).Should().Be("""{"type":"error","id":"x","payload":{"message":"Invalid message type!"}}""");
        await socket.SendAsync("""{"type":"connection_terminate"}""");
        (await socket.ReceiveCloseAsync()).Code.Should().Be(1000);
    }

    [Fact]
    public async Task Start_before_the_ack_closes_with_4401()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);

        await socket.SendAsync("""{"id":"1","type":"start","payload":{"query":"{ hello }"}}""");

        (await socket.ReceiveCloseAsync()).Code.Should().Be(4401);
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var host = await TransportTestHost.StartAsync(options => options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        using var socket = await host.ConnectAsync(Protocol);

        (await socket.ReceiveCloseAsync()).Code.Should().Be(4408);
    }
}
