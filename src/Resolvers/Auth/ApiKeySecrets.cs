using System.Security.Cryptography;
using System.Text;

namespace Playbooks.Resolvers.Auth;

/// <summary>
/// API keys: <c>pbk_</c> and 43 URL-safe characters (256 random bits). Stored as the SHA-256 of the whole key: a key has
/// far too much entropy to guess, so a slow password hash would only slow every request.
/// </summary>
public static class ApiKeySecrets
{
    public const string Prefix = "pbk_";

    /// <summary>How many characters of the key lists show (prefix included).</summary>
    public const int DisplayLength = 12;

    public static string Generate() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool LooksLikeKey(string token) => token.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
