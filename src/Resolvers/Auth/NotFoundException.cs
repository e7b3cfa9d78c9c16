namespace Playbooks.Resolvers.Auth;

/// <summary>
/// The row does not exist for this tenant. Another tenant's row gets the same answer as a missing one, so ids of other
/// organizations reveal nothing.
/// </summary>
public sealed class NotFoundException(string kind, string id) : DomainException($"{kind} '{id}' was not found.", AuthErrorCodes.NotFound);
