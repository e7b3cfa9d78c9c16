using GraphQL.Execution;

namespace Playbooks.Resolvers.Auth;

/// <summary>Too many failed sign-ins for this e-mail address or from this client: try again later.</summary>
public sealed class TooManyLoginAttemptsException(TimeSpan retryAfter)
    : GraphQLException($"Too many failed sign-in attempts. Try again in {Math.Ceiling(retryAfter.TotalMinutes)} minute(s).", AuthErrorCodes.TooManyAttempts)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
