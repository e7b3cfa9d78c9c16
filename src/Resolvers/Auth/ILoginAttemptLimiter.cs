namespace Playbooks.Resolvers.Auth;

/// <summary>Counts failed sign-ins per key (an e-mail address, a client address) and blocks a key that failed too often.</summary>
public interface ILoginAttemptLimiter
{
    /// <summary>How long <paramref name="key"/> is still blocked; <c>null</c> when it may try.</summary>
    TimeSpan? BlockedFor(string key);

    void RecordFailure(string key);

    void Reset(string key);
}
