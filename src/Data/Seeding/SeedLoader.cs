using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Playbooks.Data.Tenancy;

namespace Playbooks.Data.Seeding;

/// <summary>
/// Loads seeds/: read every file, validate the whole set, and only then write it in one transaction
/// (all or nothing) in an explicit system scope. Idempotent: see <see cref="SeedWriter"/>.
/// </summary>
public sealed class SeedLoader(DatabaseOptions options, ILogger<SeedLoader> logger)
{
    public async Task<SeedResult> LoadAsync(string seedsPath, DateOnly? today = null, CancellationToken cancellationToken = default)
    {
        var (seeds, readErrors) = SeedFiles.Read(seedsPath);
        if (seeds is null)
        {
            return SeedResult.Failed(readErrors);
        }
        var errors = SeedValidator.Validate(seeds);
        if (errors.Count > 0)
        {
            return SeedResult.Failed(errors);
        }

        await using var db = SystemScope.CreateContext(options.OwnerConnectionString, "load seed data from " + seedsPath, logger);
        var strategy = db.Database.CreateExecutionStrategy();
        var summary = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var writer = new SeedWriter(db, today ?? DateOnly.FromDateTime(DateTime.UtcNow));
            var summary = await writer.WriteAsync(seeds, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return summary;
        }).ConfigureAwait(false);
        logger.LogInformation("{Summary}", summary);
        return new SeedResult(true, [], summary);
    }
}
