namespace Playbooks.Resolvers.Auth;

/// <summary><c>extensions.code</c> values of sign-in and API-key errors (beside the engine's AUTH_NOT_* codes).</summary>
public static class AuthErrorCodes
{
    public const string InvalidCredentials = "AUTH_INVALID_CREDENTIALS";
    public const string TooManyAttempts = "AUTH_TOO_MANY_ATTEMPTS";
    public const string NotFound = "NOT_FOUND";
}
