namespace Playbooks.Resolvers.Auth;

/// <summary>Too many failed sign-ins for this e-mail address or from this client: try again later.</summary>
public sealed class TooManyLoginAttemptsException(TimeSpan retryAfter)
    : DomainException($"Too many failed sign-in attempts. Try again in {Math.Ceiling(retryAfter.TotalMinutes)} minute(s).", AuthErrorCodes.TooManyAttempts)
{
    /// <summary>Seconds until sign-in is accepted again.</summary>
    public int RetryAfterSeconds { get; } = (int)Math.Ceiling(retryAfter.TotalSeconds);
}
