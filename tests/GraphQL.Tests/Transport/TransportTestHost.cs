using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GraphQL.Execution;
using GraphQL.Transport.Sse;
using GraphQL.Transport.WebSockets;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Transport;

/// <summary>
/// An in-memory server with both transports on <c>/graphql</c> over a small schema whose subscription sources the test
/// controls: <c>counter(to)</c> counts, <c>events</c> reads <see cref="Events"/> and records when it is disposed.
/// </summary>
internal sealed class TransportTestHost : IAsyncDisposable
{
    public const string Sdl = """
        type Query { hello(name: String): String! contextValue(key: String!): String serviceValue: String boom: String }
        type Mutation { increment: Int! }
        type Subscription { counter(to: Int!): Int! events: String! }
        """;

    private readonly WebApplication _app;
    private int _counter;

    private TransportTestHost(WebApplication app) => _app = app;

    public TestServer Server => _app.GetTestServer();

    /// <summary>What the <c>events</c> subscription streams (one channel for every subscriber).</summary>
    public Channel<string> Events { get; } = Channel.CreateUnbounded<string>();

    /// <summary>Completes when an <c>events</c> source stream starts.</summary>
    public TaskCompletionSource EventsStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when an <c>events</c> source stream is disposed.</summary>
    public TaskCompletionSource EventsDisposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<TransportTestHost> StartAsync(
        Action<GraphQLWebSocketOptions>? configureWebSockets = null, GraphQLServerSentEventsOptions? sseOptions = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        var schema = SchemaBuilder.FromSdl(Sdl);
        builder.Services.AddSingleton(new RequestExecutor(schema));
        var app = builder.Build();
        var host = new TransportTestHost(app);
        host.Configure(schema);

        var webSocketOptions = new GraphQLWebSocketOptions();
        configureWebSockets?.Invoke(webSocketOptions);
        app.UseGraphQLWebSockets("/graphql", webSocketOptions);
        app.UseGraphQLServerSentEvents("/graphql", sseOptions);
        app.Run(context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        return host;
    }

    public async Task<GraphQLTestSocket> ConnectAsync(params string[] subprotocols)
    {
        var client = Server.CreateWebSocketClient();
        foreach (var subprotocol in subprotocols)
        {
            client.SubProtocols.Add(subprotocol);
        }

        var socket = await client.ConnectAsync(new Uri(Server.BaseAddress, "graphql"), CancellationToken.None);
        return new GraphQLTestSocket(socket);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Configure(Schema schema)
    {
        schema.QueryType.GetField("hello")!.Resolve(context => "Hello " + (context.ArgumentValue<string?>("name") ?? "world"));
        schema.QueryType.GetField("contextValue")!.Resolve(context =>
            context.ContextData.TryGetValue(context.ArgumentValue<string>("key"), out var value) ? value?.ToString() : null);
        schema.QueryType.GetField("serviceValue")!.Resolve(context => context.Services.GetService<TenantMarker>()?.Name);
        schema.QueryType.GetField("boom")!.Resolve(_ => throw new GraphQLException("boom"));
        schema.MutationType!.GetField("increment")!.Resolve(_ => Interlocked.Increment(ref _counter));
        schema.SubscriptionType!.GetField("counter")!.Resolve(context => Count(context.ArgumentValue<int>("to")));
        schema.SubscriptionType!.GetField("events")!.Resolve(_ => ReadEvents());
    }

    private static async IAsyncEnumerable<int> Count(int to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    private async IAsyncEnumerable<string> ReadEvents([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        EventsStarted.TrySetResult();
        try
        {
            await foreach (var value in Events.Reader.ReadAllAsync(cancellationToken))
            {
                yield return value;
            }
        }
        finally
        {
            EventsDisposed.TrySetResult();
        }
    }
}

/// <summary>A service the tests put in a connection's services.</summary>
internal sealed record TenantMarker(string Name);
