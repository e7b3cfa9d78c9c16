namespace Playbooks.Resolvers.Auth;

/// <summary>
/// Sign-in failed. One message for every cause (unknown e-mail, wrong password, deactivated user), so the answer never
/// tells whether an address has an account.
/// </summary>
public sealed class InvalidCredentialsException() : DomainException("Invalid e-mail or password.", AuthErrorCodes.InvalidCredentials);
