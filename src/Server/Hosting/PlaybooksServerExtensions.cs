using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Playbooks.Data;
using Playbooks.Server.Auth;
using Playbooks.Server.Health;
using Playbooks.Server.Redis;

namespace Playbooks.Server.Hosting;

/// <summary>The server's wiring, in one place: configuration, data, Redis, health, authentication, GraphQL.</summary>
internal static class PlaybooksServerExtensions
{
    // The private cluster ./run.sh starts (scripts/services.sh creates both roles).
    private const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Database=playbooks;Username=playbooks_app;Password=playbooks_app";
    private const string DefaultPostgresOwner = "Host=127.0.0.1;Port=55432;Database=playbooks;Username=playbooks_owner;Password=playbooks_owner";

    public static WebApplicationBuilder AddPlaybooksServer(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var postgres = configuration.GetConnectionString("Postgres");
        var databaseOptions = new DatabaseOptions
        {
            ConnectionString = postgres ?? DefaultPostgres,
            // A configured application connection without an owner one is used for both (the migrator warns).
            OwnerConnectionString = configuration.GetConnectionString("PostgresOwner") ?? postgres ?? DefaultPostgresOwner,
            TenantQueryFilter = configuration.GetValue("Database:TenantQueryFilter", true),
        };
        builder.Services.AddPlaybooksData(databaseOptions);

        var redis = configuration["Redis:Configuration"];
        builder.Services.AddSingleton(new RedisConnection(redis));

        builder.Services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres")
            .AddCheck<RedisHealthCheck>("redis");

        builder.AddPlaybooksTelemetry();
        builder.AddPlaybooksAuth();
        builder.AddPlaybooksGraphQL();
        return builder;
    }

    public static WebApplication MapPlaybooksServer(this WebApplication app)
    {
        app.UsePlaybooksTelemetry();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.UsePlaybooksAuth();
        app.MapPlaybooksGraphQL();
        return app;
    }
}
