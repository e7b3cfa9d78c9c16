using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphQL.Tests.Transport.Http;

/// <summary>A minimal host with <c>MapGraphQL()</c> over a small schema, in memory (TestServer).</summary>
public sealed class GraphQLHttpTestServer : IAsyncDisposable
{
    private readonly IHost _host;

    private GraphQLHttpTestServer(IHost host) => _host = host;

    public HttpClient CreateClient() => _host.GetTestClient();

    public static async Task<GraphQLHttpTestServer> StartAsync(Action<GraphQLServerOptions>? configure = null)
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddQueryType<TransportQuery>()
            .AddSubscriptionType<TransportSubscription>()
            .Build();
        var host = new HostBuilder()
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(services =>
                {
                    services.AddRouting();
                    services.AddSingleton(new RequestExecutor(schema));
                    services.Configure<GraphQLServerOptions>(options => configure?.Invoke(options));
                })
                .Configure(app => app.UseRouting().UseEndpoints(endpoints => endpoints.MapGraphQL())))
            .Build();
        await host.StartAsync();
        return new GraphQLHttpTestServer(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

public sealed class TransportQuery
{
    /// <summary>Completes when a request waiting in <see cref="Wait"/> saw its token cancelled.</summary>
    [GraphQLIgnore]
    public static TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static string Hello() => "world";

    public static async Task<bool> Wait(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return false;
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult(true);
            throw;
        }
    }
}

public sealed class TransportSubscription
{
    public static async IAsyncEnumerable<int> Ticks([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return 1;
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
    }
}
