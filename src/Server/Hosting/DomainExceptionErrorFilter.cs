using GraphQL;
using GraphQL.Execution;
using Playbooks.Resolvers;

namespace Playbooks.Server.Hosting;

/// <summary>
/// A <see cref="DomainException"/> a field did not declare as a payload error (a subscription's topic check, say) is
/// still the caller's business: its message and code, not a masked internal error.
/// </summary>
internal sealed class DomainExceptionErrorFilter : IErrorFilter
{
    public GraphQLError OnError(ErrorFilterContext context) => context.Exception is DomainException domain
        ? context.Error.WithMessage(domain.Message).WithCode(domain.Code)
        : context.Error;
}
