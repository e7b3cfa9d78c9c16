using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Playbooks.Server.Tests.Subscriptions;

/// <summary>
/// Subscriptions end to end through the real server: graphql-transport-ws on one instance, the event published by
/// the `echo` mutation on another instance sharing Redis, and replay from the last event id.
/// </summary>
public sealed class EchoSubscriptionTests(PlaybooksServerFactory first) : IClassFixture<PlaybooksServerFactory>
{
    [Fact]
    public async Task An_event_published_on_one_instance_reaches_a_subscriber_on_another_and_replays_after_an_id()
    {
        await using var second = new PlaybooksServerFactory();
        await ((IAsyncLifetime)second).InitializeAsync();
        var marker = Guid.NewGuid().ToString("N");
        using var socket = await ConnectAsync(first);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = "Bearer " + first.TestToken } });
        (await ReceiveAsync(socket)).GetProperty("type").GetString().Should().Be("connection_ack");
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "subscription { echoed { id message } }" } });
        await Task.Delay(300); // the subscription is registered before the first publish

        using var client = second.CreateClient();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostAsJsonAsync("/graphql", new { query = $"mutation {{ echo(message: \"{marker}-{i}\") {{ id message }} }}" });
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids.Add(body.RootElement.GetProperty("data").GetProperty("echo").GetProperty("id").GetString()!);
        }

        var received = await ReceiveMessagesAsync(socket, marker, 3);
        received.Should().Equal($"{marker}-0", $"{marker}-1", $"{marker}-2");

        using var replaying = await ConnectAsync(first);
        await SendAsync(replaying, new { type = "connection_init", payload = new { authorization = "Bearer " + first.TestToken } });
        await ReceiveAsync(replaying);
        await SendAsync(replaying, new
        {
            id = "2", type = "subscribe",
            payload = new { query = "subscription($after: ID) { echoed(after: $after) { id message } }", variables = new { after = ids[0] } },
        });
        (await ReceiveMessagesAsync(replaying, marker, 2)).Should().Equal($"{marker}-1", $"{marker}-2");
    }

    [Fact]
    public async Task A_malformed_event_id_is_a_bad_user_input_error()
    {
        using var socket = await ConnectAsync(first);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = "Bearer " + first.TestToken } });
        await ReceiveAsync(socket);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "subscription { echoed(after: \"yesterday\") { id } }" } });

        var message = await ReceiveAsync(socket);

        message.GetRawText().Should().Contain("BAD_USER_INPUT").And.Contain("is not an event id");
    }

    private static async Task<WebSocket> ConnectAsync(PlaybooksServerFactory server)
    {
        var client = server.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await client.ConnectAsync(new Uri(server.Server.BaseAddress, "/graphql"), timeout.Token);
    }

    private static async Task SendAsync(WebSocket socket, object message)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, timeout.Token);
    }

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(text.ToString()).RootElement.Clone();
    }

    /// <summary>The echoed messages carrying <paramref name="marker"/> (other tests echo too), in arrival order.</summary>
    private static async Task<List<string>> ReceiveMessagesAsync(WebSocket socket, string marker, int count)
    {
        var messages = new List<string>();
        while (messages.Count < count)
        {
            var message = await ReceiveAsync(socket);
            if (message.GetProperty("type").GetString() != "next")
            {
                continue;
            }
            var text = message.GetProperty("payload").GetProperty("data").GetProperty("echoed").GetProperty("message").GetString()!;
            if (text.StartsWith(marker, StringComparison.Ordinal))
            {
                messages.Add(text);
            }
        }
        return messages;
    }
}
