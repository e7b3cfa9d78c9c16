using Microsoft.Extensions.Logging;

namespace Playbooks.Data.Tenancy;

/// <summary>
/// Work that belongs to no tenant (migrations, seeding, finding a user by e-mail at sign-in) runs in an
/// explicit system scope: a context on the owner connection, with the tenant filter off, and a log line
/// that says why. Nothing else ever connects as the owner.
/// </summary>
public static class SystemScope
{
    public static PlaybooksDbContext CreateContext(string ownerConnectionString, string reason, ILogger logger)
    {
        logger.LogInformation("System scope: {Reason}", reason);
        return new PlaybooksDbContext(PlaybooksDbContext.CreateOptions(ownerConnectionString), new TenantContext())
        {
            TenantFilterEnabled = false,
        };
    }
}
