using Microsoft.Extensions.Logging;
using Playbooks.Server.Redis;

namespace Playbooks.Server.Tests.Redis;

/// <summary>A logger that signals the bus's first warning (it warns when Redis is unreachable and it retries).</summary>
internal sealed class RetrySignal : ILogger<RedisTopicEventBus>
{
    private readonly TaskCompletionSource _warned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Warned => _warned.Task;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Warning)
        {
            _warned.TrySetResult();
        }
    }
}
