using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphQL.Execution;

/// <summary>
/// Where a field's failure becomes the errors the client sees: <see cref="ExecutionOptions.ErrorFilters"/> map them, and an
/// exception nobody mapped (still <see cref="ErrorCodes.InternalServerError"/>) is logged, once, with the request's trace id.
/// </summary>
internal sealed partial class ExecutionScope
{
    private const string LoggerCategory = "GraphQL.Execution.FieldErrors";

    /// <summary>The errors of a field's failure (see <see cref="ExecutionErrors.FromFailure"/>), filtered, added to <paramref name="into"/>.</summary>
    public void ReportFailure(object failure, FieldSelection selection, ResultPath path, List<GraphQLError> into)
    {
        var start = into.Count;
        ExecutionErrors.FromFailure(failure, selection, path, Options.IncludeExceptionDetails, into);
        var exception = failure as Exception;
        for (var i = start; i < into.Count; i++)
        {
            into[i] = FilterError(into[i], exception);
        }
    }

    /// <summary>Runs the error filters on one field error, then logs it when it still stands for an unexpected exception.</summary>
    public GraphQLError FilterError(GraphQLError error, Exception? exception)
    {
        var filters = Options.ErrorFilters;
        string? traceId = null;
        if (filters.Count > 0)
        {
            traceId = TraceId();
            foreach (var filter in filters)
            {
                error = filter.OnError(new ErrorFilterContext { Error = error, Exception = exception, TraceId = traceId, Services = Services }) ?? error;
            }
        }

        // A GraphQLException is an error the code meant to report; anything else left internal is a bug to look at.
        if (exception is not null and not GraphQLException && error.Code == ErrorCodes.InternalServerError)
        {
            LogUnexpected(exception, error, traceId ?? TraceId());
        }

        return error;
    }

    private void LogUnexpected(Exception exception, GraphQLError error, string? traceId)
    {
        var loggerFactory = Options.LoggerFactory ?? Services.GetService<ILoggerFactory>();
        var logger = loggerFactory?.CreateLogger(LoggerCategory);
        if (logger is null || !logger.IsEnabled(LogLevel.Error))
        {
            return;
        }

        var path = error.Path is { } segments ? string.Join('.', segments) : null;
        logger.LogError(exception, "Unexpected exception in field {FieldPath} of operation {OperationName} (trace id {TraceId}).", path, Operation.Name?.Value, traceId);
    }

    /// <summary>The current activity's trace id (ASP.NET Core starts one per request), else the HTTP request's identifier.</summary>
    private string? TraceId()
    {
        if (Activity.Current is { } activity)
        {
            return activity.TraceId.ToHexString();
        }

        return ContextData.TryGetValue(nameof(HttpContext), out var value) && value is HttpContext http ? http.TraceIdentifier : null;
    }
}
