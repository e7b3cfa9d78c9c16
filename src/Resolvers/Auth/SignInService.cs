using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Playbooks.Data;
using Playbooks.Data.Entities;
using Playbooks.Data.Tenancy;
using Playbooks.Schema.Auth;

namespace Playbooks.Resolvers.Auth;

/// <summary>
/// Sign-in with e-mail and password (ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>, as the seed writer
/// hashes). Every failure is the same <see cref="InvalidCredentialsException"/>; failures are counted per e-mail address
/// and per client address, and a blocked key is refused before its password is even checked.
/// </summary>
public sealed class SignInService(
    DatabaseOptions database,
    IAccessTokenIssuer tokens,
    ILoginAttemptLimiter limiter,
    TimeProvider clock,
    ILogger<SignInService> logger)
{
    private static readonly PasswordHasher<User> Hasher = new();

    // Verified when the address has no account, so an unknown address costs as long as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(null!, "decoy-password-for-timing"));

    public async Task<LoginResult> LoginAsync(string email, string password, string? clientAddress, CancellationToken cancellationToken)
    {
        var address = email.Trim().ToLowerInvariant();
        var keys = clientAddress is null ? new[] { "email:" + address } : ["email:" + address, "client:" + clientAddress];
        if (keys.Select(limiter.BlockedFor).Max() is { } blockedFor)
        {
            throw new TooManyLoginAttemptsException(blockedFor);
        }

        // Users are tenant rows and the request has no tenant yet: only the owner connection can find the address.
        await using var db = SystemScope.CreateContext(database.OwnerConnectionString, "sign-in: find the user by e-mail across organizations", logger);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Email == address, cancellationToken).ConfigureAwait(false);
        var verification = Hasher.VerifyHashedPassword(user!, user?.PasswordHash ?? DecoyHash.Value, password);
        if (user is null || !user.IsActive || verification == PasswordVerificationResult.Failed)
        {
            foreach (var key in keys)
            {
                limiter.RecordFailure(key);
            }

            throw new InvalidCredentialsException();
        }

        foreach (var key in keys)
        {
            limiter.Reset(key);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
        }

        user.LastLoginAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var token = tokens.Issue(user);
        return new LoginResult(token.Token, token.ExpiresAt, UserAccount.From(user));
    }
}
