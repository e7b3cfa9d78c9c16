using System.Collections.Concurrent;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Server.Auth;

/// <summary>
/// Failed sign-ins counted in this process, per key, in a fixed window that starts at the first failure: a key with
/// too many failures is refused until its window ends. In-process on purpose (one server process, or a sticky load
/// balancer); several processes each count on their own, so the effective limit grows with their number.
/// </summary>
internal sealed class LoginAttemptLimiter(AuthOptions options, TimeProvider clock) : ILoginAttemptLimiter
{
    private readonly ConcurrentDictionary<string, Window> _failures = new(StringComparer.Ordinal);

    public TimeSpan? BlockedFor(string key)
    {
        if (!_failures.TryGetValue(key, out var window))
        {
            return null;
        }

        var left = window.Start + options.FailedLoginWindow - clock.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            _failures.TryRemove(KeyValuePair.Create(key, window));
            return null;
        }

        return window.Count >= LimitOf(key) ? left : null;
    }

    public void RecordFailure(string key)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(
            key,
            _ => new Window(now, 1),
            (_, window) => now - window.Start >= options.FailedLoginWindow ? new Window(now, 1) : window with { Count = window.Count + 1 });
        if (_failures.Count > 100_000)
        {
            Sweep(now);
        }
    }

    public void Reset(string key) => _failures.TryRemove(key, out _);

    private int LimitOf(string key) =>
        key.StartsWith("client:", StringComparison.Ordinal) ? options.MaxFailedLoginsPerClient : options.MaxFailedLoginsPerEmail;

    // Bounded memory under an attack spraying addresses: windows that ended are dropped.
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, window) in _failures)
        {
            if (now - window.Start >= options.FailedLoginWindow)
            {
                _failures.TryRemove(KeyValuePair.Create(key, window));
            }
        }
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
