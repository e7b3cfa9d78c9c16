using GraphQL.Execution;
using GraphQL.Transport.Http;
using GraphQL.Transport.Ide;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphQL.Transport;

/// <summary>Maps the GraphQL endpoint: GraphQL over HTTP and the IDE.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Serves the <see cref="RequestExecutor"/> registered in the services at <paramref name="pattern"/> (GraphQL over HTTP,
    /// <c>?sdl</c>, browsers redirected to the IDE) and the IDE's files under <c>{pattern}/</c>, configured by
    /// <see cref="GraphQLServerOptions"/> (<c>services.Configure&lt;GraphQLServerOptions&gt;(…)</c>).
    /// </summary>
    /// <remarks>
    /// Streaming transports (server-sent events, WebSockets) are middleware registered before the endpoints run: they take
    /// their requests (<c>Accept: text/event-stream</c>, WebSocket upgrades) and never call on. What reaches this endpoint with
    /// <c>Accept: text/event-stream</c> alone gets 406.
    /// </remarks>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var services = endpoints.ServiceProvider;
        var executor = services.GetRequiredService<RequestExecutor>();
        var options = services.GetService<IOptions<GraphQLServerOptions>>()?.Value ?? new GraphQLServerOptions();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("GraphQL.Transport");
        var ide = new GraphQLIdeFiles(options, logger);
        var handler = new GraphQLHttpHandler(executor, options, ide, logger);

        var path = pattern.TrimEnd('/');
        var endpoint = endpoints.Map(path, handler.HandleAsync).WithDisplayName("GraphQL");
        var files = endpoints.MapMethods(path + "/{**file}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, string? file) => ide.ServeAsync(context, file))
            .WithDisplayName("GraphQL IDE");
        return new CompositeConventionBuilder([endpoint, files]);
    }

    private sealed class CompositeConventionBuilder(IEndpointConventionBuilder[] builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}
