using GraphQL.Language;
using GraphQL.PersistedDocuments;
using GraphQL.Validation.Cost;
using GraphQL.Validation;
using Microsoft.Extensions.Logging;

namespace GraphQL.Execution;

/// <summary>How a <see cref="RequestExecutor"/> parses, validates and executes requests.</summary>
public sealed class ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// How long an execution may run before it ends with <see cref="ErrorCodes.RequestTimeout"/>; 30 seconds by default,
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none. For a subscription it applies to each event's
    /// execution, not to the source stream (whose resolver sees only the request's token).
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether an unexpected exception's message, type and stack trace appear in its error (development only); when off the
    /// error says only "Internal server error.".
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>
    /// Map field errors (exceptions to codes and messages) in one place, in order; see <see cref="IErrorFilter"/>. An
    /// unexpected exception that no filter maps is logged once, with the request's trace id.
    /// </summary>
    public IReadOnlyList<IErrorFilter> ErrorFilters { get; init; } = [];

    /// <summary>Where unexpected field exceptions are logged; the request's <see cref="ILoggerFactory"/> service when <c>null</c>.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried; <c>__typename</c> always works.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>
    /// Decides per request whether <c>__schema</c> and <c>__type</c> may be queried (for example not by anonymous users);
    /// consulted only when <see cref="EnableIntrospection"/> is on. <c>null</c> allows every request.
    /// </summary>
    public Func<IResolverContext, bool>? IntrospectionAllowed { get; init; }

    /// <summary>The parser's limits for request documents.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>The rules and error limit of the built-in validation (§5): the specification's rules by default.</summary>
    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;

    /// <summary>
    /// Replaces the built-in validation (<see cref="DocumentValidator"/> with <see cref="Validation"/>). Each document is
    /// validated once and the outcome cached.
    /// </summary>
    public IDocumentValidator? Validator { get; init; }

    /// <summary>How many parsed documents the executor keeps; the least recently used are dropped beyond it.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Documents named by id (trusted documents, automatic persisted queries); any query text runs by default.</summary>
    public PersistedDocumentOptions PersistedDocuments { get; init; } = PersistedDocumentOptions.Default;

    /// <summary>The cost, depth, alias and root-field limits checked before execution (see <see cref="CostOptions"/> for the defaults).</summary>
    public CostOptions Cost { get; init; } = CostOptions.Default;

    /// <summary>
    /// Whether each resolver's execution is a <c>graphql.resolve</c> activity (when something listens to
    /// <see cref="Telemetry.GraphQLTelemetry.Name"/>): detailed but costly traces, off by default.
    /// </summary>
    public bool TraceResolvers { get; init; }
}
