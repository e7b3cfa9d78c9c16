using GraphQL.Language.Ast;
using GraphQL.PersistedDocuments;
using GraphQL.Telemetry;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Runs GraphQL requests against one schema: parse → validate → select the operation → coerce variables → execute
/// (see <c>README.md</c> for the stages). Thread-safe; create one per schema and share it. Needs no dependency injection:
/// a request without services gets an empty provider.
/// </summary>
/// <example>
/// <code>
/// var executor = new RequestExecutor(schema);
/// var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ dog { name } }" });
/// await ((ExecutionResult)result).WriteToAsync(response.Body);
/// </code>
/// </example>
public sealed class RequestExecutor
{
    private readonly ParseStage _parse;
    private readonly ValidateStage _validate;
    private readonly PersistedDocumentStage _persisted;
    private readonly CostStage _cost;

    public RequestExecutor(Schema schema, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
        _parse = new ParseStage(Options);
        _validate = new ValidateStage(schema, Options);
        _persisted = new PersistedDocumentStage(Options.PersistedDocuments, _parse);
        _cost = new CostStage(schema, Options.Cost);
    }

    public Schema Schema { get; }

    public ExecutionOptions Options { get; }

    /// <summary>
    /// Executes a request: an <see cref="ExecutionResult"/> for a query or mutation (or any request that fails before
    /// execution), a <see cref="SubscriptionResult"/> for a subscription whose source stream was created. Never throws for
    /// a bad request or a failing resolver: those are errors in the result.
    /// </summary>
    public ValueTask<IExecutionResult> ExecuteAsync(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (GraphQLTelemetry.ObservesRequests)
        {
            return ExecuteObservedAsync(request);
        }

        try
        {
            return Execute(request, observation: null);
        }
        catch (Exception exception)
        {
            return Result(Failed(exception));
        }
    }

    /// <summary>Only a defect (in a custom scalar's coercion, a validation rule…) gets here: still an error, never a throw.</summary>
    private ExecutionResult Failed(Exception exception)
    {
        var error = GraphQLError.Internal(exception);
        return ExecutionResult.FromError(Options.IncludeExceptionDetails ? error.WithMessage(exception.Message) : error);
    }

    /// <summary>The request with its activity and metrics (see <see cref="GraphQLTelemetry"/>): only when something listens.</summary>
    private async ValueTask<IExecutionResult> ExecuteObservedAsync(GraphQLRequest request)
    {
        var observation = new RequestObservation(GraphQLTelemetry.Source.StartActivity("graphql.request"));
        IExecutionResult result;
        try
        {
            result = await Execute(request, observation).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            result = Failed(exception);
        }

        observation.Complete(result);
        return result;
    }

    private ValueTask<IExecutionResult> Execute(GraphQLRequest request, RequestObservation? observation)
    {
        // 0. A document named by id: its text from the parse cache or the store.
        if (!_persisted.AppliesTo(request))
        {
            return Execute(request, new DocumentResolution(request.Query, null, null), observation);
        }

        var resolving = _persisted.ResolveAsync(request);
        return resolving.IsCompletedSuccessfully ? Execute(request, resolving.Result, observation) : AwaitResolution(request, resolving, observation);
    }

    private async ValueTask<IExecutionResult> AwaitResolution(GraphQLRequest request, ValueTask<DocumentResolution> resolving, RequestObservation? observation)
    {
        DocumentResolution resolution;
        try
        {
            resolution = await resolving.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (request.CancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromError(ExecutionErrors.Cancelled());
        }
        catch (Exception exception)
        {
            // The store failed (Redis down…): an internal error, never a throw.
            return ExecutionResult.FromError(Options.IncludeExceptionDetails ? GraphQLError.Internal(exception).WithMessage(exception.Message) : GraphQLError.Internal(exception));
        }

        return await Execute(request, resolution, observation).ConfigureAwait(false);
    }

    /// <summary>
    /// Resolves a request's document id to its text without executing (the HTTP transport checks a GET's operation type
    /// first); the text is <c>null</c> when there is no id. Run the request with the text and
    /// <see cref="GraphQLRequest.QueryFromStore"/> set.
    /// </summary>
    internal async ValueTask<(string? Query, GraphQLError? Error)> ResolveDocumentTextAsync(GraphQLRequest request)
    {
        if (request.Query is not null || !_persisted.AppliesTo(request))
        {
            return (request.Query, null);
        }

        var resolution = await _persisted.ResolveAsync(request).ConfigureAwait(false);
        if (resolution.Error is { } error)
        {
            return (null, error);
        }

        return (resolution.Query ?? (resolution.Hash is { } hash ? _parse.GetCachedText(hash) : null), null);
    }

    private ValueTask<IExecutionResult> Execute(GraphQLRequest request, DocumentResolution resolution, RequestObservation? observation)
    {
        if (resolution.Error is { } resolutionError)
        {
            return Result(ExecutionResult.FromError(resolutionError));
        }

        // 1. Parse (cached by hash).
        PreparedDocument? document;
        GraphQLError? parseError;
        using (observation is null ? null : GraphQLTelemetry.Source.StartActivity("graphql.parse"))
        {
            if (!_parse.TryGetDocument(request, resolution.Query, resolution.Hash, out document, out parseError))
            {
                return Result(ExecutionResult.FromError(parseError));
            }
        }

        observation?.SetDocument(document.Hash);

        // 2. Validate (cached per document).
        IReadOnlyList<GraphQLError> validationErrors;
        using (observation is null ? null : GraphQLTelemetry.Source.StartActivity("graphql.validate"))
        {
            validationErrors = _validate.Validate(document);
        }

        if (validationErrors.Count > 0)
        {
            return Result(ExecutionResult.FromErrors(validationErrors));
        }

        // 3. Select the operation.
        if (!OperationSelector.TrySelect(document, request.OperationName, Schema, out var operation, out var operationError))
        {
            return Result(ExecutionResult.FromError(operationError));
        }

        observation?.SetOperation(operation);

        // 4. Coerce the variables.
        if (!VariableCoercion.TryCoerce(Schema, operation, request.Variables, out var variables, out var variableErrors))
        {
            return Result(ExecutionResult.FromErrors(variableErrors));
        }

        // 5. Check the cost and limits (before any resolver runs).
        var cost = _cost.Measure(document, operation, variables, out var costErrors);
        if (costErrors.Count > 0)
        {
            return Result(ExecutionResult.FromErrors(costErrors));
        }

        if (request.CostReport == CostReport.ValidateOnly)
        {
            return Result(ExecutionResult.FromData(null).WithExtensions(CostExtension(cost)));
        }

        // 6. Execute.
        if (observation is not null)
        {
            observation.ExecuteActivity = GraphQLTelemetry.Source.StartActivity("graphql.execute");
        }

        var plan = document.GetPlan(Schema, operation, variables);
        var subscription = operation.Operation == OperationType.Subscription;
        var scope = new ExecutionScope(Schema, Options, plan, variables, request, request.RootValue, request.CancellationToken)
        {
            TimeoutApplies = !subscription,
        };
        if (subscription)
        {
            return SubscriptionExecutor.SubscribeAsync(scope);
        }

        var execution = OperationExecutor.ExecuteAsync(scope);
        if (request.CostReport == CostReport.Report)
        {
            return ReportCostAsync(execution, CostExtension(cost));
        }

        return execution.IsCompletedSuccessfully ? Result(execution.Result) : AwaitExecution(execution);
    }

    /// <summary>Executes a query or mutation given as text.</summary>
    /// <exception cref="InvalidOperationException">The document is a subscription; use <see cref="ExecuteAsync(GraphQLRequest)"/>.</exception>
    public async ValueTask<ExecutionResult> ExecuteAsync(
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        CancellationToken cancellationToken = default)
    {
        var result = await ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = variables,
            OperationName = operationName,
            CancellationToken = cancellationToken,
        }).ConfigureAwait(false);
        if (result is SubscriptionResult subscription)
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException("The operation is a subscription; read its SubscriptionResult from ExecuteAsync(GraphQLRequest).");
        }

        return (ExecutionResult)result;
    }

    private static ValueTask<IExecutionResult> Result(ExecutionResult result) => new(result);

    private Dictionary<string, object?> CostExtension(Validation.Cost.OperationCost cost) =>
        new(1, StringComparer.Ordinal) { ["cost"] = cost.ToExtension(Options.Cost) };

    private static async ValueTask<IExecutionResult> ReportCostAsync(ValueTask<ExecutionResult> execution, Dictionary<string, object?> extensions)
    {
        var result = await execution.ConfigureAwait(false);
        if (result.Extensions is { } existing)
        {
            foreach (var entry in existing)
            {
                extensions.TryAdd(entry.Key, entry.Value);
            }
        }

        return result.WithExtensions(extensions);
    }

    private static async ValueTask<IExecutionResult> AwaitExecution(ValueTask<ExecutionResult> execution) => await execution.ConfigureAwait(false);
}
