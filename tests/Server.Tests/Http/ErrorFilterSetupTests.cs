using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Playbooks.Server.Tests.Http;

/// <summary>The server's executor maps exceptions with every <see cref="IErrorFilter"/> of the container.</summary>
public sealed class ErrorFilterSetupTests(PlaybooksServerFactory server) : IClassFixture<PlaybooksServerFactory>
{
    [Fact]
    public void Error_filters_registered_in_the_container_are_the_executors()
    {
        using var configured = server.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<IErrorFilter, NotFoundFilter>()));

        var options = configured.Services.GetRequiredService<RequestExecutor>().Options;

        options.ErrorFilters.Should().ContainSingle().Which.Should().BeOfType<NotFoundFilter>();
        options.LoggerFactory.Should().NotBeNull("unexpected exceptions are logged through the host's logging");
    }

    private sealed class NotFoundFilter : IErrorFilter
    {
        public GraphQLError OnError(ErrorFilterContext context) =>
            context.Exception is KeyNotFoundException ? context.Error.WithCode("NOT_FOUND") : context.Error;
    }
}
