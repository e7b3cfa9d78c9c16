using Microsoft.IdentityModel.Tokens;
using Playbooks.Data;
using Playbooks.Data.Seeding;

namespace Playbooks.Server.Hosting;

/// <summary>
/// What the process does: <c>serve</c> (the default), <c>migrate</c> (apply migrations and exit) or
/// <c>seed</c> (migrate, load seeds/ and exit). <c>./run.sh</c> runs <c>seed</c> then <c>serve</c>.
/// </summary>
internal static class ServerCommand
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('=')) ?? "serve";
        switch (command)
        {
            case "serve":
                if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
                {
                    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync().ConfigureAwait(false);
                }
                // No signing key (production without Auth:SigningKey) stops the start, not the first sign-in.
                _ = app.Services.GetRequiredService<SecurityKey>();
                await app.RunAsync().ConfigureAwait(false);
                return 0;
            case "migrate":
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync().ConfigureAwait(false);
                return 0;
            case "seed":
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync().ConfigureAwait(false);
                var seedsPath = app.Configuration["Seeds:Path"] ?? FindSeedsFolder();
                var result = await app.Services.GetRequiredService<SeedLoader>().LoadAsync(seedsPath).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    foreach (var error in result.Errors)
                    {
                        await Console.Error.WriteLineAsync(error.ToString()).ConfigureAwait(false);
                    }
                    return 1;
                }
                Console.WriteLine(result.Summary);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{command}'. Use serve, migrate or seed.").ConfigureAwait(false);
                return 2;
        }
    }

    /// <summary>seeds/ of the checkout this binary was built from (run.sh and the tests run from there).</summary>
    private static string FindSeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "GraphQLPlaybooks.sln")))
            {
                return candidate;
            }
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "seeds");
    }
}
