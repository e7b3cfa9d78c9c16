using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Playbooks.Data.Seeding;
using Playbooks.Data.Tenancy;

namespace Playbooks.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The DbContext on the application connection (the tenant applied to every connection it
    /// opens), <see cref="PlaybooksDbContexts"/> for concurrent resolvers, a scoped settable tenant
    /// context, and the migrator and seeder.</summary>
    public static IServiceCollection AddPlaybooksData(this IServiceCollection services, DatabaseOptions options)
    {
        var contextOptions = PlaybooksDbContext.CreateOptions(options.ConnectionString);
        services.AddSingleton(options);
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped(sp => new PlaybooksDbContext(contextOptions, sp.GetRequiredService<ITenantContext>())
        {
            TenantFilterEnabled = options.TenantQueryFilter,
        });
        // One context per resolver or data-loader batch, for code that runs concurrently within a request.
        services.AddScoped(sp => new PlaybooksDbContexts(contextOptions, sp.GetRequiredService<ITenantContext>(), options.TenantQueryFilter));
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<SeedLoader>();
        return services;
    }
}
