using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Playbooks.Resolvers.Auth;
using Playbooks.Server.Hosting;

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

        options.ErrorFilters.Should().ContainSingle(f => f is NotFoundFilter);
        options.ErrorFilters.Should().ContainSingle(f => f is DomainExceptionErrorFilter);
        options.LoggerFactory.Should().NotBeNull("unexpected exceptions are logged through the host's logging");
    }

    [Fact]
    public void A_domain_exception_outside_a_payload_keeps_its_message_and_code()
    {
        var exception = new NotFoundException("Execution", "42");
        var context = new ErrorFilterContext { Error = GraphQLError.Internal(exception), Exception = exception, Services = server.Services };

        var error = new DomainExceptionErrorFilter().OnError(context);

        error.Message.Should().Be("Execution '42' was not found.");
        error.Code.Should().Be(AuthErrorCodes.NotFound);
    }

    private sealed class NotFoundFilter : IErrorFilter
    {
        public GraphQLError OnError(ErrorFilterContext context) =>
            context.Exception is KeyNotFoundException ? context.Error.WithCode("NOT_FOUND") : context.Error;
    }
}
