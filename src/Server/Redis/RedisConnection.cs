using StackExchange.Redis;

namespace Playbooks.Server.Redis;

/// <summary>
/// The process's one Redis connection, opened on first use (StackExchange.Redis 1.2.6, async API only:
/// synchronous calls starve the thread pool under load). Null configuration means Redis is not used.
/// </summary>
internal sealed class RedisConnection(string? configuration) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(configuration);

    public async Task<ConnectionMultiplexer> GetAsync()
    {
        if (_multiplexer is { } existing)
        {
            return existing;
        }
        if (!IsConfigured)
        {
            throw new InvalidOperationException("Redis is not configured (Redis__Configuration).");
        }
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_multiplexer is null)
            {
                var options = ConfigurationOptions.Parse(configuration!);
                options.AbortOnConnectFail = false;
                _multiplexer = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
            }
            return _multiplexer;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is not null)
        {
            await _multiplexer.CloseAsync().ConfigureAwait(false);
            _multiplexer.Dispose();
        }
        _gate.Dispose();
    }
}
