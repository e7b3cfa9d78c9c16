using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Playbooks.Server.Tests.Isolation;

/// <summary>GraphQL as a client speaks it: POSTs with a bearer token, and graphql-transport-ws sockets signed in through <c>connection_init</c>.</summary>
public static class GraphQLTestClient
{
    public static async Task<JsonElement> PostAsync(this WebApplicationFactory<Program> server, string? token, string query, object? variables = null)
    {
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A graphql-transport-ws socket, acknowledged; <paramref name="token"/> goes in the <c>connection_init</c> payload.</summary>
    public static async Task<WebSocket> ConnectAsync(this WebApplicationFactory<Program> server, string? token)
    {
        var client = server.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var socket = await client.ConnectAsync(new Uri(server.Server.BaseAddress, "/graphql"), timeout.Token);
        await socket.SendJsonAsync(token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = (object)new { authorization = "Bearer " + token } });
        var ack = await socket.ReceiveJsonAsync();
        ack.GetProperty("type").GetString().Should().Be("connection_ack");
        return socket;
    }

    public static async Task SendJsonAsync(this WebSocket socket, object message)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>The next message; a closed socket gives <c>{ "closed": code }</c>.</summary>
    public static async Task<JsonElement> ReceiveJsonAsync(this WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return JsonSerializer.SerializeToElement(new { closed = (int?)result.CloseStatus ?? 0 });
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(text.ToString()).RootElement.Clone();
    }

    public static string? ErrorCode(this JsonElement response) =>
        response.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;

    /// <summary><c>data.{field}</c>, or an undefined element.</summary>
    public static JsonElement Data(this JsonElement response, string field) =>
        response.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty(field, out var value)
            ? value
            : default;
}
