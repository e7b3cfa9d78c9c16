using System.Collections.Concurrent;
using System.Diagnostics;
using GraphQL.Data.DataLoader;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The state of one execution (a query, a mutation, or one subscription event): the plan, the coerced variables, the
/// errors so far and the cancellation; its partial files hold the algorithms of §6.3 and §6.4.
/// </summary>
/// <remarks>
/// Fields of one object may complete on several threads at once (async resolvers continue on the thread pool), so the
/// error list is locked; each result value has its own slot and needs no lock.
/// </remarks>
internal sealed partial class ExecutionScope
{
    /// <summary>
    /// Returned instead of a value where an error was recorded and the position may not be null: the null propagates to the
    /// nearest nullable position (§6.4.4 Handling Execution Errors), which becomes null without a second error.
    /// </summary>
    internal static readonly object PropagatingNull = new();

    private readonly Lock _errorsGate = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly CancellationToken _requestToken;
    private List<GraphQLError>? _errors;
    private CancellationTokenSource? _cancellation;
    private ConcurrentDictionary<string, object?>? _contextData;
    private DataLoaderScheduler? _dataLoaders;

    public ExecutionScope(
        Schema schema,
        ExecutionOptions options,
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        object? rootValue,
        CancellationToken cancellationToken,
        ConcurrentDictionary<string, object?>? contextData = null)
    {
        Schema = schema;
        Options = options;
        Plan = plan;
        Variables = variables;
        Services = request.Services ?? EmptyServiceProvider.Instance;
        RootValue = rootValue;
        Request = request;
        _requestToken = cancellationToken;
        _contextData = contextData;
    }

    public Schema Schema { get; }

    public ExecutionOptions Options { get; }

    public OperationPlan Plan { get; }

    public DocumentNode Document => Plan.Document;

    public OperationDefinitionNode Operation => Plan.Operation;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public object? RootValue { get; }

    public GraphQLRequest Request { get; }

    /// <summary>
    /// Whether <see cref="ExecutionOptions.Timeout"/> bounds this execution; false while a subscription creates its source
    /// stream, whose lifetime the timeout must not end.
    /// </summary>
    public bool TimeoutApplies { get; init; } = true;

    /// <summary>During a subscription event, the root field whose value is the event itself.</summary>
    public FieldSelection? EventField { get; init; }

    /// <summary>The per-request data, created on first use and shared by the events of a subscription.</summary>
    public ConcurrentDictionary<string, object?> ContextData
    {
        get
        {
            if (_contextData is null)
            {
                var created = Request.ContextData is { } initial
                    ? new ConcurrentDictionary<string, object?>(initial, StringComparer.Ordinal)
                    : new ConcurrentDictionary<string, object?>(StringComparer.Ordinal);
                Interlocked.CompareExchange(ref _contextData, created, null);
            }

            return _contextData;
        }
    }

    /// <summary>The data loaders of this execution (each subscription event has its own), created on first use.</summary>
    public DataLoaderScheduler DataLoaders
    {
        get
        {
            if (_dataLoaders is null)
            {
                Interlocked.CompareExchange(ref _dataLoaders, new DataLoaderScheduler(), null);
            }

            return _dataLoaders;
        }
    }

    /// <summary>
    /// Signalled on the caller's cancellation or the timeout. The timer is created on first use (by a resolver, or when the
    /// execution goes asynchronous), so an execution that completes synchronously never pays for one.
    /// </summary>
    public CancellationToken RequestAborted
    {
        get
        {
            if (!TimeoutApplies || Options.Timeout == Timeout.InfiniteTimeSpan)
            {
                return _requestToken;
            }

            return (Volatile.Read(ref _cancellation) ?? CreateCancellation()).Token;
        }
    }

    /// <summary>Whether the caller cancelled or the timeout elapsed.</summary>
    public bool IsAborted => _requestToken.IsCancellationRequested || Volatile.Read(ref _cancellation) is { IsCancellationRequested: true };

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errorsGate)
            {
                return _errors is null ? [] : [.. _errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errorsGate)
        {
            (_errors ??= []).Add(error);
        }
    }

    public void AddErrors(List<GraphQLError> errors)
    {
        lock (_errorsGate)
        {
            (_errors ??= []).AddRange(errors);
        }
    }

    /// <summary>The error to report when the execution was aborted: the caller's cancellation or the timeout.</summary>
    public GraphQLError AbortError() => _requestToken.IsCancellationRequested ? ExecutionErrors.Cancelled() : ExecutionErrors.Timeout(Options.Timeout);

    /// <summary>Releases the timer of an execution that completed; an aborted one keeps it for resolvers still running.</summary>
    public void Complete()
    {
        var cancellation = Volatile.Read(ref _cancellation);
        if (cancellation is not null && !cancellation.IsCancellationRequested)
        {
            cancellation.Dispose();
        }
    }

    private CancellationTokenSource CreateCancellation()
    {
        var created = _requestToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_requestToken)
            : new CancellationTokenSource();
        var remaining = Options.Timeout - Stopwatch.GetElapsedTime(_started);
        if (remaining <= TimeSpan.Zero)
        {
            created.Cancel();
        }
        else
        {
            created.CancelAfter(remaining);
        }

        var existing = Interlocked.CompareExchange(ref _cancellation, created, null);
        if (existing is null)
        {
            return created;
        }

        created.Dispose();
        return existing;
    }
}
