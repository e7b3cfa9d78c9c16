using System.Diagnostics;
using GraphQL.Execution;
using GraphQL.Language.Ast;

namespace GraphQL.Telemetry;

/// <summary>
/// What the stages learn about one observed request (its operation, its document's hash, the execute activity) for its
/// activity and metrics; created only when <see cref="GraphQLTelemetry.ObservesRequests"/>.
/// </summary>
internal sealed class RequestObservation
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public RequestObservation(Activity? activity) => Activity = activity;

    public Activity? Activity { get; }

    public Activity? ExecuteActivity { get; set; }

    public string? OperationType { get; private set; }

    public void SetDocument(DocumentHash? hash)
    {
        if (hash is { } known)
        {
            Activity?.SetTag(GraphQLTelemetry.DocumentHashTag, known.ToString());
        }
    }

    public void SetOperation(OperationDefinitionNode operation)
    {
        OperationType = operation.Operation.ToString().ToLowerInvariant();
        Activity?.SetTag(GraphQLTelemetry.OperationTypeTag, OperationType);
        if (operation.Name is { } name)
        {
            Activity?.SetTag(GraphQLTelemetry.OperationNameTag, name.Value);
        }

        if (Activity is not null)
        {
            Activity.DisplayName = operation.Name is { } named ? $"{OperationType} {named.Value}" : OperationType;
        }
    }

    /// <summary>Records the request's metrics and ends its activities.</summary>
    public void Complete(IExecutionResult result)
    {
        ExecuteActivity?.Dispose();
        var type = new KeyValuePair<string, object?>(GraphQLTelemetry.OperationTypeTag, OperationType);
        if (GraphQLTelemetry.Requests.Enabled)
        {
            GraphQLTelemetry.Requests.Add(1, type);
        }

        if (GraphQLTelemetry.Duration.Enabled)
        {
            GraphQLTelemetry.Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, type);
        }

        foreach (var error in result.Errors)
        {
            if (GraphQLTelemetry.Errors.Enabled)
            {
                GraphQLTelemetry.Errors.Add(1, new KeyValuePair<string, object?>(GraphQLTelemetry.ErrorCodeTag, error.Code ?? "UNKNOWN"), type);
            }
        }

        if (Activity is not null)
        {
            if (result.Errors.Count > 0)
            {
                Activity.SetStatus(ActivityStatusCode.Error, result.Errors[0].Code);
            }

            Activity.Dispose();
        }
    }
}
