using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Playbooks.Server.Auth;

/// <summary>
/// Finds the token signing key: <c>Auth:SigningKey</c>, else the file <c>Auth:SigningKeyFile</c> (created with 64 random
/// bytes when missing), else — in Development only — a random key for this process, with a warning. There is no
/// built-in key: a production server without one refuses to start.
/// </summary>
internal static class SigningKeyResolver
{
    private const int MinimumKeyBytes = 32;

    public static SymmetricSecurityKey Resolve(AuthOptions options, IHostEnvironment environment, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            return FromText(options.SigningKey, "Auth:SigningKey");
        }

        if (!string.IsNullOrWhiteSpace(options.SigningKeyFile))
        {
            return FromFile(options.SigningKeyFile, logger);
        }

        if (environment.IsDevelopment())
        {
            logger.LogWarning("No Auth:SigningKey or Auth:SigningKeyFile: signing tokens with a random key of this process " +
                "(tokens stop working when it restarts, and other processes reject them).");
            return new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64));
        }

        throw new InvalidOperationException("Set Auth:SigningKey (Auth__SigningKey; at least 32 bytes, base64 or text) or " +
            "Auth:SigningKeyFile: access tokens need a signing key, and there is no built-in one.");
    }

    private static SymmetricSecurityKey FromFile(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var writer = new StreamWriter(path, Encoding.ASCII, options);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
                logger.LogInformation("Created a token signing key in {Path}.", path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }

        return FromText(File.ReadAllText(path).Trim(), path);
    }

    private static SymmetricSecurityKey FromText(string text, string source)
    {
        var bytes = TryBase64(text) ?? Encoding.UTF8.GetBytes(text);
        if (bytes.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException($"The token signing key from {source} has {bytes.Length} bytes; it needs at least {MinimumKeyBytes}.");
        }

        return new SymmetricSecurityKey(bytes);
    }

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written >= MinimumKeyBytes ? buffer[..written] : null;
    }
}
