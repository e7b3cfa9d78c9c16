using GraphQL.Authorization;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.PersistedDocuments;
using GraphQL.Subscriptions;
using GraphQL.Transport;
using GraphQL.Transport.Sse;
using GraphQL.Transport.WebSockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Playbooks.Resolvers;
using Playbooks.Schema.DataFeatures;
using Playbooks.Server.Auth;
using Playbooks.Server.Redis;

namespace Playbooks.Server.Hosting;

/// <summary>The GraphQL part of the server: the schema, built once at start-up, its executor, and the endpoint.</summary>
internal static class GraphQLSetup
{
    public const string Path = "/graphql";

    public static WebApplicationBuilder AddPlaybooksGraphQL(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Paging, filtering, sorting and projections read through EF Core (async) and match with PostgreSQL's ILIKE.
        builder.Services.TryAddSingleton<IQueryAdapter, EntityFrameworkQueryAdapter>();
        // Subscriptions' events: through Redis when it is configured (several server processes share them),
        // otherwise in this process.
        if (!string.IsNullOrWhiteSpace(configuration["Redis:Configuration"]))
        {
            builder.Services.AddRedisTopicEventBus();
        }
        else
        {
            builder.Services.AddInMemoryTopicEventBus();
        }
        // Authorization is applied to the built schema: every root field needs a signed-in user unless it is
        // [AllowAnonymous] (login), mutations a writer role.
        builder.Services.AddSingleton<IErrorFilter, DomainExceptionErrorFilter>();
        builder.Services.AddSingleton(_ => AuthSetup.ApplyAuthorization(PlaybooksSchema.CreateBuilder().Build()));
        builder.Services.AddSingleton(services => new RequestExecutor(
            services.GetRequiredService<GraphQL.Types.Schema>(),
            new ExecutionOptions
            {
                IncludeExceptionDetails = builder.Environment.IsDevelopment(),
                // Exceptions get their codes in one place: every IErrorFilter registered (AddSingleton<IErrorFilter, …>).
                ErrorFilters = [.. services.GetServices<IErrorFilter>()],
                LoggerFactory = services.GetService<ILoggerFactory>(),
                PersistedDocuments = CreatePersistedDocumentOptions(configuration.GetSection("GraphQL:PersistedDocuments"), services),
                IntrospectionAllowed = services.GetRequiredService<AuthOptions>().AllowAnonymousIntrospection
                    ? null
                    : context => context.IsAuthenticated(),
            }));
        builder.Services.Configure<GraphQLServerOptions>(options =>
        {
            options.IdeTitle = "GraphQL Playbooks";
            // The build copies Banana Cake Pop (npm, ide/package.json) into the output's ide/ folder.
            options.IdeFilesPath = configuration["GraphQL:IdePath"] ?? System.IO.Path.Combine(AppContext.BaseDirectory, "ide");
            options.MaxRequestBodySize = configuration.GetValue("GraphQL:MaxRequestBodySize", options.MaxRequestBodySize);
        });
        return builder;
    }

    /// <summary>
    /// <c>GraphQL:PersistedDocuments</c>: <c>Path</c> (a folder of <c>&lt;hash&gt;.graphql</c> files and JSON manifests),
    /// <c>TrustedOnly</c>, <c>Automatic</c> (automatic persisted queries); documents live in Redis when it is configured.
    /// </summary>
    private static PersistedDocumentOptions CreatePersistedDocumentOptions(IConfigurationSection section, IServiceProvider services)
    {
        var local = new InMemoryDocumentStore();
        if (section["Path"] is { Length: > 0 } folder)
        {
            DocumentFolder.LoadInto(local, folder);
        }

        var redis = services.GetRequiredService<RedisConnection>();
        IDocumentStore store = redis.IsConfigured
            ? new RedisDocumentStore(redis, local, section.GetValue("AutomaticLifetime", TimeSpan.FromDays(7)))
            : local;
        return new PersistedDocumentOptions
        {
            Store = store,
            TrustedDocumentsOnly = section.GetValue("TrustedOnly", false),
            AutomaticPersistedQueries = section.GetValue("Automatic", false),
        };
    }

    public static WebApplication MapPlaybooksGraphQL(this WebApplication app)
    {
        // Built now, not on the first request: a schema error stops the start-up.
        _ = app.Services.GetRequiredService<RequestExecutor>();
        // The streaming transports first: they take WebSocket upgrades and `Accept: text/event-stream` POSTs on the
        // path; every other request reaches the GraphQL-over-HTTP endpoint.
        app.UseGraphQLWebSockets(Path, app.Services.GetRequiredService<IOptions<GraphQLWebSocketOptions>>().Value);
        app.UseGraphQLServerSentEvents(Path, app.Services.GetRequiredService<IOptions<GraphQLServerSentEventsOptions>>().Value);
        app.MapGraphQL(Path);
        return app;
    }
}
