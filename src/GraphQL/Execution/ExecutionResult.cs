using System.Text;
using System.Text.Json;

namespace GraphQL.Execution;

/// <summary>
/// The response to a query or mutation, or to one subscription event
/// (<see href="https://spec.graphql.org/September2025/#sec-Response-Format">§7.1 Response Format</see>).
/// </summary>
public sealed class ExecutionResult : IExecutionResult
{
    private ExecutionResult(ResultMap? data, bool hasData, IReadOnlyList<GraphQLError> errors)
    {
        Data = data;
        HasData = hasData;
        Errors = errors;
    }

    /// <summary>
    /// Whether the response has a <c>data</c> entry: false when the request failed before execution started (§7.1.1),
    /// in which case <see cref="Errors"/> says why.
    /// </summary>
    public bool HasData { get; }

    /// <summary>The root object's field values, in selection order; <c>null</c> when absent or null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>The errors, in the order they occurred; empty when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The response's <c>extensions</c> entry, for extensions to fill (tracing, cost…).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; private init; }

    /// <summary>A response with a <c>data</c> entry (<c>null</c> when a null propagated to the root).</summary>
    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError>? errors = null) => new(data, true, errors ?? []);

    /// <summary>A request error: errors and no <c>data</c> entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new ExecutionResult(null, false, errors);
    }

    /// <summary>A request error: one error and no <c>data</c> entry.</summary>
    public static ExecutionResult FromError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ExecutionResult(null, false, [error]);
    }

    /// <summary>A copy with the given <c>extensions</c> entry.</summary>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions) =>
        new(Data as ResultMap, HasData, Errors) { Extensions = extensions };

    /// <summary>Writes the response as JSON.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ResultWriter.WriteResult(writer, this);
    }

    /// <summary>Writes the response as UTF-8 JSON to <paramref name="stream"/> and flushes it.</summary>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true });
        await using (writer.ConfigureAwait(false))
        {
            ResultWriter.WriteResult(writer, this);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The response as a JSON string.</summary>
    public string ToJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            ResultWriter.WriteResult(writer, this);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public override string ToString() => ToJson();
}
