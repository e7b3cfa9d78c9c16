namespace Playbooks.Data;

/// <summary>The two connections: the application's (a role that does not own the tables) and the
/// owner's (migrations, seeding and explicit system scope only).</summary>
public sealed class DatabaseOptions
{
    public required string ConnectionString { get; init; }
    public required string OwnerConnectionString { get; init; }
    /// <summary>Off only in the isolation tests that prove row-level security holds on its own.</summary>
    public bool TenantQueryFilter { get; init; } = true;
}
