using System.Diagnostics;

namespace Playbooks.Testing;

/// <summary>
/// Where the tests find PostgreSQL and Redis: the variables <c>./test.sh</c> exports
/// (<c>PLAYBOOKS_TEST_POSTGRES_ADMIN</c>, <c>PLAYBOOKS_TEST_REDIS</c>), or — when a test runs on its own,
/// from an IDE or a bare <c>dotnet test</c> — the same private services, started once by
/// <c>scripts/services.sh</c> under .data/test.
/// </summary>
public static class TestEnvironment
{
    private static readonly Lazy<Dictionary<string, string>> Services = new(StartServices);

    public static string PostgresAdmin => Get("PLAYBOOKS_TEST_POSTGRES_ADMIN")
        ?? throw new InvalidOperationException("No PostgreSQL for the tests: run ./test.sh, or install PostgreSQL.");

    public static string? Redis => Get("PLAYBOOKS_TEST_REDIS");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string? Get(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : Services.Value.GetValueOrDefault(name);

    private static Dictionary<string, string> StartServices()
    {
        if (Environment.GetEnvironmentVariable("PLAYBOOKS_TEST_POSTGRES_ADMIN") is { Length: > 0 })
        {
            return new Dictionary<string, string>();
        }
        var script = $"export PG_EXTRA_OPTIONS='-c fsync=off -c synchronous_commit=off'; source scripts/services.sh && services_start \"$PWD/.data/test\" 55442 56389 >/dev/null && env";
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("scripts/services.sh failed: " + errors);
        }
        return output.Split('\n')
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].StartsWith("PLAYBOOKS_TEST_", StringComparison.Ordinal))
            .ToDictionary(pair => pair[0], pair => pair[1]);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphQLPlaybooks.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (GraphQLPlaybooks.sln).");
    }
}
