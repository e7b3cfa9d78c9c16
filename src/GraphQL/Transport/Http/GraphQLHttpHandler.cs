using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Transport.Ide;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphQL.Transport.Http;

/// <summary>
/// GraphQL over HTTP (<see href="https://graphql.github.io/graphql-over-http/draft/">the GraphQL-over-HTTP specification</see>)
/// at one path: <c>POST</c> with <c>application/json</c>, <c>GET</c> with a query string (queries only), <c>GET ?sdl</c>,
/// and the browser's <c>GET</c> redirected to the IDE. The order of the checks below is the order of <c>README.md</c>.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private const string AllowedMethods = "GET, POST";

    private readonly RequestExecutor _executor;
    private readonly GraphQLServerOptions _options;
    private readonly GraphQLIdeFiles _ide;
    private readonly ILogger _logger;
    private readonly Lazy<string> _sdl;

    public GraphQLHttpHandler(RequestExecutor executor, GraphQLServerOptions options, GraphQLIdeFiles ide, ILogger logger)
    {
        _executor = executor;
        _options = options;
        _ide = ide;
        _logger = logger;
        _sdl = new Lazy<string>(() => SchemaPrinter.Print(executor.Schema));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var accept = request.Headers.Accept.ToString();
        var isGet = HttpMethods.IsGet(request.Method);
        var isPost = HttpMethods.IsPost(request.Method);

        if (isGet && _options.EnableSdl && request.Query.ContainsKey("sdl"))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(_sdl.Value, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        // A browser opening the endpoint gets the IDE; a GraphQL GET always has a query parameter.
        if (isGet && !NamesDocument(request.Query) && request.Path.Value?.EndsWith('/') == true)
        {
            // Routing matches "{path}/" here too: it is the IDE's page.
            await _ide.ServeAsync(context, null).ConfigureAwait(false);
            return;
        }

        if (isGet && !NamesDocument(request.Query) && _ide.IsAvailable && GraphQLMediaTypes.Lists(accept, "text/html"))
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = request.PathBase + request.Path + "/" + request.QueryString;
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(accept);
        if (!isGet && !isPost)
        {
            context.Response.Headers.Allow = AllowedMethods;
            await WriteErrorAsync(context, mediaType, HttpErrors.MethodNotAllowed(request.Method), StatusCodes.Status405MethodNotAllowed).ConfigureAwait(false);
            return;
        }

        if (isGet && !_options.EnableGetRequests)
        {
            context.Response.Headers.Allow = "POST";
            await WriteErrorAsync(context, mediaType, HttpErrors.MethodNotAllowed(request.Method), StatusCodes.Status405MethodNotAllowed).ConfigureAwait(false);
            return;
        }

        if (mediaType is null)
        {
            // §5.1: nothing the client accepts can be produced. Server-sent events reach here only when no SSE transport
            // (registered before this endpoint) took the request.
            context.Response.Headers.Accept = GraphQLMediaTypes.Supported;
            await WriteErrorAsync(context, GraphQLMediaTypes.Json, NotAcceptable(accept), StatusCodes.Status406NotAcceptable).ConfigureAwait(false);
            return;
        }

        var parsed = isGet
            ? HttpRequestReader.ReadGet(request.Query)
            : await HttpRequestReader.ReadPostAsync(context, _options.MaxRequestBodySize).ConfigureAwait(false);
        if (parsed.Request is not { } graphQLRequest)
        {
            await WriteErrorAsync(context, mediaType, parsed.Error!, parsed.StatusCode).ConfigureAwait(false);
            return;
        }

        // A GET naming a stored document: its text first, for the operation-type check below.
        var queryFromStore = false;
        if (isGet && graphQLRequest.Query is null)
        {
            var (text, documentError) = await _executor.ResolveDocumentTextAsync(graphQLRequest).ConfigureAwait(false);
            if (documentError is not null)
            {
                var failure = ExecutionResult.FromError(documentError);
                await WriteResultAsync(context, mediaType, failure, StatusCodeOf(failure, mediaType)).ConfigureAwait(false);
                return;
            }

            graphQLRequest = new GraphQLRequest
            {
                Query = text,
                DocumentId = graphQLRequest.DocumentId,
                OperationName = graphQLRequest.OperationName,
                Variables = graphQLRequest.Variables,
                Extensions = graphQLRequest.Extensions,
            };
            queryFromStore = text is not null;
        }

        // §6.1 GET: a mutation must not run over GET (safe method); 405 with the method that can carry it.
        if (isGet && FindOperationType(graphQLRequest) is { } operationType && operationType != OperationType.Query)
        {
            context.Response.Headers.Allow = "POST";
            var kind = operationType == OperationType.Mutation ? "mutation" : "subscription";
            await WriteErrorAsync(context, mediaType, HttpErrors.MutationOverGet(kind), StatusCodes.Status405MethodNotAllowed).ConfigureAwait(false);
            return;
        }

        var result = await _executor.ExecuteAsync(new GraphQLRequest
        {
            Query = graphQLRequest.Query,
            DocumentId = graphQLRequest.DocumentId,
            QueryFromStore = queryFromStore,
            CostReport = CostReportOf(request.Headers["GraphQL-Cost"].ToString()),
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            Services = context.RequestServices,
            ContextData = new Dictionary<string, object?>(1, StringComparer.Ordinal) { [nameof(HttpContext)] = context },
            CancellationToken = context.RequestAborted,
        }).ConfigureAwait(false);

        if (result is SubscriptionResult subscription)
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
            await WriteErrorAsync(context, mediaType, HttpErrors.SubscriptionOverHttp(), StatusCodes.Status400BadRequest).ConfigureAwait(false);
            return;
        }

        var executionResult = (ExecutionResult)result;
        await WriteResultAsync(context, mediaType, executionResult, StatusCodeOf(executionResult, mediaType)).ConfigureAwait(false);
    }

    /// <summary>
    /// §6.4: with <c>application/json</c> every well-formed request gets 200; with <c>application/graphql-response+json</c> a
    /// response with <c>data</c> gets 200 and a request error (parse, validation, variables, operation) 400.
    /// </summary>
    internal static int StatusCodeOf(ExecutionResult result, string mediaType)
    {
        if (mediaType == GraphQLMediaTypes.Json || result.HasData)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors.Count > 0 ? result.Errors[0].Code switch
        {
            ErrorCodes.InternalServerError => StatusCodes.Status500InternalServerError,
            ErrorCodes.RequestTimeout => StatusCodes.Status504GatewayTimeout,
            _ => StatusCodes.Status400BadRequest,
        } : StatusCodes.Status400BadRequest;
    }

    /// <summary>The type of the operation the request would run, or <c>null</c> when the executor will report why there is none.</summary>
    private OperationType? FindOperationType(GraphQLRequest request)
    {
        if (request.Query is null || !Parser.TryParse(request.Query, out var document, out _, _executor.Options.ParserOptions))
        {
            return null;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (request.OperationName is null)
        {
            return operations.Count == 1 ? operations[0].Operation : null;
        }

        return operations.Find(operation => operation.Name?.Value == request.OperationName)?.Operation;
    }

    /// <summary>The <c>GraphQL-Cost</c> request header: <c>report</c> adds <c>extensions.cost</c>, <c>validate</c> reports without executing.</summary>
    private static CostReport CostReportOf(string header) => header.Trim().ToLowerInvariant() switch
    {
        "report" => CostReport.Report,
        "validate" => CostReport.ValidateOnly,
        _ => CostReport.None,
    };

    /// <summary>Whether a GET's parameters carry a GraphQL request (a query or a stored document's id), not a browser's visit.</summary>
    private static bool NamesDocument(IQueryCollection parameters) =>
        parameters.ContainsKey("query") || parameters.ContainsKey("documentId") || parameters.ContainsKey("extensions");

    private static GraphQLError NotAcceptable(string accept) =>
        GraphQLMediaTypes.Lists(accept, GraphQLMediaTypes.EventStream)
            ? GraphQLError.Create("text/event-stream is served by the SSE transport, which is not enabled on this server.", code: "NOT_ACCEPTABLE")
            : GraphQLError.Create($"None of the accepted media types can be produced: use {GraphQLMediaTypes.Supported}.", code: "NOT_ACCEPTABLE");

    private Task WriteErrorAsync(HttpContext context, string? mediaType, GraphQLError error, int statusCode) =>
        WriteResultAsync(context, mediaType ?? GraphQLMediaTypes.Json, ExecutionResult.FromError(error), statusCode);

    private async Task WriteResultAsync(HttpContext context, string mediaType, ExecutionResult result, int statusCode)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        try
        {
            await result.WriteToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            _logger.LogDebug("The client went away before the GraphQL response was written.");
        }
    }
}
