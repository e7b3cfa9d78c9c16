using GraphQL.Authorization;
using GraphQL.Execution;
using GraphQL.Subscriptions;
using GraphQL.Transport;
using GraphQL.Transport.Sse;
using GraphQL.Transport.WebSockets;
using GraphQL.Types.CodeFirst;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Playbooks.Resolvers.Auth;
using Playbooks.Resolvers.Diagnostics;
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
        // The diagnostic roots stand in until the domain's root fields land. Authorization is applied to the built
        // schema: every root field needs a signed-in user unless it is [AllowAnonymous] (login), mutations a writer role.
        builder.Services.AddSingleton(_ => AuthSetup.ApplyAuthorization(new CodeFirstSchemaBuilder()
            .AddQueryType<DiagnosticsQuery>()
            .AddMutationType<DiagnosticsMutation>()
            .AddSubscriptionType<DiagnosticsSubscription>()
            .AddTypeExtension<AuthQuery>()
            .AddTypeExtension<AuthMutation>()
            .Build()));
        builder.Services.AddSingleton(services => new RequestExecutor(
            services.GetRequiredService<GraphQL.Types.Schema>(),
            new ExecutionOptions
            {
                IncludeExceptionDetails = builder.Environment.IsDevelopment(),
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
