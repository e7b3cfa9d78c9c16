using StackExchange.Redis;
using Xunit;

namespace Playbooks.Testing;

/// <summary>
/// Redis for one test class (use as <c>IClassFixture&lt;TestRedis&gt;</c>): the test services' Redis, and a
/// key/channel prefix of its own, so test classes running in parallel never see each other's keys or
/// messages. Its keys are deleted afterwards.
/// </summary>
public sealed class TestRedis : IAsyncLifetime
{
    public string Prefix { get; } = "test:" + Guid.NewGuid().ToString("N")[..12] + ":";

    public static string Configuration => TestEnvironment.Redis
        ?? throw new InvalidOperationException("No Redis for the tests: run ./test.sh, or install redis-server.");

    public ConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = ConfigurationOptions.Parse(Configuration);
        options.AllowAdmin = true;
        Connection = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        var endpoint = Connection.GetEndPoints()[0];
        var database = Connection.GetDatabase();
        foreach (var key in Connection.GetServer(endpoint).Keys(pattern: Prefix + "*"))
        {
            await database.KeyDeleteAsync(key).ConfigureAwait(false);
        }
        await Connection.CloseAsync().ConfigureAwait(false);
        Connection.Dispose();
    }
}
