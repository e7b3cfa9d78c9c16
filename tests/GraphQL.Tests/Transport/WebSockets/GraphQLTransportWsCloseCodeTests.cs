using GraphQL.Transport.WebSockets;

namespace GraphQL.Tests.Transport.WebSockets;

/// <summary>Each close code of graphql-transport-ws, with the reason graphql-ws's server gives.</summary>
public sealed class GraphQLTransportWsCloseCodeTests
{
    private const string Protocol = GraphQLWebSocketSubprotocols.GraphQLTransportWs;

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"payload":{}}""")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""{"type":"connection_init","payload":"token"}""")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""")]
    [InlineData("""{"type":"complete"}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":42}}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[]}}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);

        await socket.SendAsync(message);

        (await socket.ReceiveCloseAsync()).Code.Should().Be(4400);
    }

    [Fact]
    public async Task Subscribe_before_the_ack_closes_with_4401()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);

        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");

        (await socket.ReceiveCloseAsync()).Should().Be((4401, "Unauthorized"));
    }

    [Fact]
    public async Task A_rejected_connection_init_closes_with_4403()
    {
        await using var host = await TransportTestHost.StartAsync(options =>
            options.OnConnect = context => ValueTask.FromResult(context.Payload?.TryGetProperty("token", out _) == true));
        using var socket = await host.ConnectAsync(Protocol);

        await socket.SendAsync("""{"type":"connection_init","payload":{}}""");

        (await socket.ReceiveCloseAsync()).Should().Be((4403, "Forbidden"));
    }

    [Fact]
    public async Task A_throwing_hook_closes_with_4500()
    {
        await using var host = await TransportTestHost.StartAsync(options =>
            options.OnConnect = _ => throw new InvalidOperationException("database down"));
        using var socket = await host.ConnectAsync(Protocol);

        await socket.SendAsync("""{"type":"connection_init"}""");

        (await socket.ReceiveCloseAsync()).Should().Be((4500, "Internal server error"));
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var host = await TransportTestHost.StartAsync(options => options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        using var socket = await host.ConnectAsync(Protocol);

        (await socket.ReceiveCloseAsync()).Should().Be((4408, "Connection initialisation timeout"));
    }

    [Fact]
    public async Task A_subscribe_with_the_id_of_a_running_operation_closes_with_4409()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { events }"}}""");
        await host.EventsStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await socket.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { events }"}}""");

        (await socket.ReceiveCloseAsync()).Should().Be((4409, "Subscriber for dup already exists"));
        await host.EventsDisposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var socket = await host.ConnectAsync(Protocol);
        await socket.InitAsync();

        await socket.SendAsync("""{"type":"connection_init"}""");

        (await socket.ReceiveCloseAsync()).Should().Be((4429, "Too many initialisation requests"));
    }

    [Fact]
    public async Task A_message_over_the_maximum_size_closes_with_1009()
    {
        await using var host = await TransportTestHost.StartAsync(options => options.MaxMessageSize = 1000);
        using var socket = await host.ConnectAsync(Protocol);

        await socket.SendAsync("""{"type":"ping","payload":{"pad":"PAD"}}""".Replace("PAD", new string('x', 2000), StringComparison.Ordinal));

        (await socket.ReceiveCloseAsync()).Code.Should().Be(1009);
    }
}
