using Microsoft.Extensions.Diagnostics.HealthChecks;
using Playbooks.Server.Redis;

namespace Playbooks.Server.Health;

/// <summary>Healthy when Redis answers PING; reported as not configured (healthy) when the in-memory bus is used.</summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConfigured)
        {
            return HealthCheckResult.Healthy("not configured: in-memory event bus");
        }
        try
        {
            var connection = await redis.GetAsync().ConfigureAwait(false);
            var latency = await connection.GetDatabase().PingAsync().ConfigureAwait(false);
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("cannot reach Redis: " + exception.Message);
        }
    }
}
