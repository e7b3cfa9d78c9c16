using Microsoft.EntityFrameworkCore.Design;
using Playbooks.Data;
using Playbooks.Data.Tenancy;

Console.WriteLine("Design-time host for `dotnet ef`; see tools/Migrations/README.md.");

/// <summary>Design-time factory: `dotnet ef` builds the model without a running database.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PlaybooksDbContext>
{
    public PlaybooksDbContext CreateDbContext(string[] args) =>
        new(PlaybooksDbContext.CreateOptions("Host=127.0.0.1;Database=playbooks_design"), new TenantContext());
}
