using Microsoft.EntityFrameworkCore;
using Playbooks.Data.Conventions;
using Playbooks.Data.Entities;
using Playbooks.Data.Tenancy;

namespace Playbooks.Data;

/// <summary>
/// The one DbContext. Tenant isolation is enforced twice: by the global query filter here and by
/// row-level security in PostgreSQL (see the migrations). <see cref="TenantFilterEnabled"/> exists so
/// tests can prove that row-level security alone holds.
/// </summary>
public partial class PlaybooksDbContext(DbContextOptions<PlaybooksDbContext> options, ITenantContext tenant)
    : DbContext(options)
{
    /// <summary>The organization the query filter admits; read per query, so EF parameterizes it.</summary>
    public Guid? CurrentOrganizationId => tenant.OrganizationId;

    public bool TenantFilterEnabled { get; set; } = true;

    /// <summary>Options for a context on <paramref name="connectionString"/> that applies its tenant to
    /// every connection it opens. Build once and share: they are immutable.</summary>
    public static DbContextOptions<PlaybooksDbContext> CreateOptions(string connectionString) =>
        new DbContextOptionsBuilder<PlaybooksDbContext>()
            .UseNpgsql(connectionString)
            .AddInterceptors(TenantConnectionInterceptor.Instance)
            .Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlaybooksDbContext).Assembly);
        ModelConventions.Apply(modelBuilder);
        ApplyTenantFilters(modelBuilder);
    }

    private void ApplyTenantFilters(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var clr = entity.ClrType;
            if (typeof(ITenantOwned).IsAssignableFrom(clr))
            {
                typeof(PlaybooksDbContext).GetMethod(nameof(FilterTenantOwned), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(clr).Invoke(this, [modelBuilder]);
            }
            else if (typeof(ISharedOrTenantOwned).IsAssignableFrom(clr))
            {
                typeof(PlaybooksDbContext).GetMethod(nameof(FilterSharedOrTenantOwned), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(clr).Invoke(this, [modelBuilder]);
            }
        }
        modelBuilder.Entity<Organization>().HasQueryFilter(o => !TenantFilterEnabled || o.Id == CurrentOrganizationId);
    }

    private void FilterTenantOwned<T>(ModelBuilder modelBuilder) where T : class, ITenantOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(e => !TenantFilterEnabled || e.OrganizationId == CurrentOrganizationId);

    private void FilterSharedOrTenantOwned<T>(ModelBuilder modelBuilder) where T : class, ISharedOrTenantOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(e => !TenantFilterEnabled || e.OrganizationId == null || e.OrganizationId == CurrentOrganizationId);
}
