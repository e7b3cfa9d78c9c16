namespace Playbooks.Server.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The HMAC-SHA256 key access tokens are signed with (at least 32 bytes; base64 or plain text). Every server process
    /// of one deployment needs the same key. Takes precedence over <see cref="SigningKeyFile"/>.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>A file holding the key; created with a random key when missing (what <c>run.sh</c> uses, under <c>.data/</c>).</summary>
    public string? SigningKeyFile { get; set; }

    public string Issuer { get; set; } = "graphql-playbooks";

    public string Audience { get; set; } = "graphql-playbooks";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Whether anonymous requests may run <c>__schema</c>/<c>__type</c> (the IDE's schema); <c>__typename</c> always works.</summary>
    public bool AllowAnonymousIntrospection { get; set; } = true;

    /// <summary>Failed sign-ins per e-mail address within <see cref="FailedLoginWindow"/> before it is refused.</summary>
    public int MaxFailedLoginsPerEmail { get; set; } = 5;

    /// <summary>Failed sign-ins per client address within <see cref="FailedLoginWindow"/> before it is refused.</summary>
    public int MaxFailedLoginsPerClient { get; set; } = 50;

    public TimeSpan FailedLoginWindow { get; set; } = TimeSpan.FromMinutes(15);
}
