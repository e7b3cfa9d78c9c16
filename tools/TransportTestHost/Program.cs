using System.Globalization;
using GraphQL.Execution;
using GraphQL.Transport.Sse;
using GraphQL.Transport.WebSockets;
using GraphQL.Types.CodeFirst;
using TransportTestHost;

// Usage: TransportTestHost [--port 5099] [--init-timeout-ms 10000]
// Serves ws://127.0.0.1:<port>/graphql (graphql-transport-ws, legacy graphql-ws) and SSE POSTs on the same path;
// prints "listening on <url>" once it accepts connections. A connection_init payload {"token":"reject"} is refused (4403).
var port = ReadOption(args, "--port", 5099);
var initTimeout = TimeSpan.FromMilliseconds(ReadOption(args, "--init-timeout-ms", 10_000));

var builder = WebApplication.CreateBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
var schema = new CodeFirstSchemaBuilder()
    .AddQueryType<Query>()
    .AddMutationType<Mutation>()
    .AddSubscriptionType<Subscription>()
    .Build();
builder.Services.AddSingleton(new RequestExecutor(schema));

var app = builder.Build();
app.UseGraphQLWebSockets("/graphql", options =>
{
    options.ConnectionInitTimeout = initTimeout;
    options.OnConnect = context =>
    {
        if (context.Payload is { } payload && payload.TryGetProperty("token", out var token))
        {
            if (token.GetString() == "reject")
            {
                return ValueTask.FromResult(false);
            }

            context.Items["user"] = token.GetString();
        }

        return ValueTask.FromResult(true);
    };
});
app.UseGraphQLServerSentEvents("/graphql");
app.MapGet("/health", () => "ok");

await app.StartAsync();
Console.WriteLine($"listening on http://127.0.0.1:{port}");
await app.WaitForShutdownAsync();

static int ReadOption(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
