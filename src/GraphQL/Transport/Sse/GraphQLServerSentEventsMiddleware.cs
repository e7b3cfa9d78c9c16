using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Transport.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Transport.Sse;

/// <summary>
/// GraphQL over server-sent events, <see href="https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md">graphql-sse</see>'s
/// "distinct connections" mode: a <c>POST</c> to the path whose <c>Accept</c> includes <c>text/event-stream</c> gets a
/// stream of <c>next</c> events (one per result) and a final <c>complete</c>; every other request goes on down the pipeline.
/// </summary>
/// <remarks>
/// As graphql-sse does, a request that cannot be executed at all (body not a GraphQL request, parse or validation errors,
/// no operation to run, document limits) is answered with 400 and a JSON body <c>{"errors": […]}</c> before any stream
/// starts; every other result, including a subscription's errors after validation (variables, a failing source stream),
/// is streamed as a <c>next</c> event followed by <c>complete</c>. The client disconnecting cancels the operation and
/// disposes a subscription's source stream.
/// </remarks>
public sealed class GraphQLServerSentEventsMiddleware
{
    private static readonly HashSet<string> RejectedBeforeStreaming = new(StringComparer.Ordinal)
    {
        ErrorCodes.ParseFailed, ErrorCodes.ValidationFailed, ErrorCodes.OperationResolutionFailure,
        ErrorCodes.DocumentTooLarge, ErrorCodes.MaxTokensExceeded, ErrorCodes.MaxDepthExceeded,
    };

    private static readonly byte[] NextEvent = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] CompleteEvent = "event: complete\ndata:\n\n"u8.ToArray();
    private static readonly byte[] KeepAliveComment = ":\n\n"u8.ToArray();

    private readonly RequestDelegate _next;
    private readonly PathString _path;
    private readonly GraphQLServerSentEventsOptions _options;

    public GraphQLServerSentEventsMiddleware(RequestDelegate next, PathString path, GraphQLServerSentEventsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _next = next;
        _path = path;
        _options = options;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(_path) || !AcceptsEventStream(context.Request))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        var aborted = context.RequestAborted;
        var (payload, problem, status) = await ReadPayloadAsync(context.Request, _options.MaxRequestBodySize, aborted).ConfigureAwait(false);
        if (payload is null)
        {
            await WriteJsonAsync(context.Response, status, ExecutionResult.FromError(GraphQLError.Create(problem!)), aborted).ConfigureAwait(false);
            return;
        }

        var executor = context.RequestServices.GetService<RequestExecutor>() ?? throw new InvalidOperationException(
            "No RequestExecutor is registered: add one to the services (services.AddSingleton(new RequestExecutor(schema))).");
        var result = await executor.ExecuteAsync(payload.ToRequest(context.RequestServices, _options.ContextDataFactory?.Invoke(context), aborted)).ConfigureAwait(false);
        if (result is ExecutionResult { HasData: false } failure && failure.Errors.Any(error => error.Code is { } code && RejectedBeforeStreaming.Contains(code)))
        {
            await WriteJsonAsync(context.Response, StatusCodes.Status400BadRequest, failure, aborted).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(aborted).ConfigureAwait(false);
        // Some servers (TestServer) hand the client the headers only with the first flush of the body.
        await response.Body.FlushAsync(aborted).ConfigureAwait(false);

        using var stream = new EventStreamWriter(response.Body, aborted);
        using var keepAlive = StartKeepAlive(stream);
        try
        {
            if (result is SubscriptionResult subscription)
            {
                await using (subscription.ConfigureAwait(false))
                {
                    await foreach (var next in subscription.ReadResultsAsync(aborted).ConfigureAwait(false))
                    {
                        await stream.WriteNextAsync(next).ConfigureAwait(false);
                    }
                }
            }
            else
            {
                await stream.WriteNextAsync((ExecutionResult)result).ConfigureAwait(false);
            }

            if (!aborted.IsCancellationRequested)
            {
                await stream.WriteAsync(CompleteEvent).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    private Timer? StartKeepAlive(EventStreamWriter stream) =>
        _options.KeepAliveInterval is { } interval && interval > TimeSpan.Zero
            ? new Timer(_ => _ = stream.TryWriteAsync(KeepAliveComment), null, interval, interval)
            : null;

    private static bool AcceptsEventStream(HttpRequest request)
    {
        foreach (var accept in request.Headers.Accept)
        {
            if (accept is not null && accept.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<(RequestPayload? Payload, string? Problem, int Status)> ReadPayloadAsync(
        HttpRequest request, int maxSize, CancellationToken cancellationToken)
    {
        if (request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "The request body must be JSON (Content-Type: application/json).", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > maxSize)
        {
            return (null, "The request body is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        var body = new ArrayBufferWriter<byte>();
        while (true)
        {
            var memory = body.GetMemory(8192);
            var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            body.Advance(read);
            if (body.WrittenCount > maxSize)
            {
                return (null, "The request body is too large.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        try
        {
            using var document = JsonDocument.Parse(body.WrittenMemory);
            return RequestPayload.TryRead(document.RootElement, out var payload, out var error)
                ? (payload, null, StatusCodes.Status200OK)
                : (null, error!.Replace("The payload's", "The request's", StringComparison.Ordinal), StatusCodes.Status400BadRequest);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON.", StatusCodes.Status400BadRequest);
        }
    }

    private static async Task WriteJsonAsync(HttpResponse response, int status, ExecutionResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        await result.WriteToAsync(response.Body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes whole events, one at a time (the keep-alive timer writes too), each flushed at once.</summary>
    private sealed class EventStreamWriter(Stream body, CancellationToken cancellationToken) : IDisposable
    {
        private readonly SemaphoreSlim _lock = new(1, 1);

        public Task WriteNextAsync(ExecutionResult result)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            buffer.Write(NextEvent);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
            {
                // Compact JSON escapes line breaks inside strings, so the whole result is one data line.
                result.WriteTo(writer);
            }

            buffer.Write(EventEnd);
            return WriteAsync(buffer.WrittenMemory);
        }

        public async Task WriteAsync(ReadOnlyMemory<byte> bytes)
        {
            await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                await body.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _lock.Release();
            }
        }

        public async Task TryWriteAsync(ReadOnlyMemory<byte> bytes)
        {
            try
            {
                await WriteAsync(bytes).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }

        // A keep-alive that fires late finds the lock disposed and gives up (TryWriteAsync).
        public void Dispose() => _lock.Dispose();
    }
}
