using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace GraphQL.Telemetry;

/// <summary>
/// The engine's traces (<see cref="ActivitySource"/> <c>"GraphQL"</c>) and metrics (<see cref="Meter"/> <c>"GraphQL"</c>).
/// Nothing is measured unless something listens: activities start only when <see cref="ActivitySource.HasListeners"/>, and
/// each instrument records only when <see cref="Instrument.Enabled"/>.
/// </summary>
/// <remarks>
/// Activities: <c>graphql.request</c> (tags <c>graphql.operation.name</c>, <c>graphql.operation.type</c>,
/// <c>graphql.document.hash</c>), with children <c>graphql.parse</c>, <c>graphql.validate</c>, <c>graphql.execute</c>;
/// <c>graphql.resolve</c> per resolver when <see cref="Execution.ExecutionOptions.TraceResolvers"/> is on;
/// <c>graphql.subscription.event</c> per event; <c>graphql.dataloader.batch</c> per DataLoader batch.
/// Metrics: <c>graphql.requests</c>, <c>graphql.errors</c> (tag <c>graphql.error.code</c>),
/// <c>graphql.request.duration</c> (seconds), <c>graphql.subscriptions.active</c>, <c>graphql.document_cache.lookups</c>
/// (tag <c>graphql.document_cache.hit</c>), <c>graphql.dataloader.batch_size</c>.
/// </remarks>
public static class GraphQLTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="Meter"/>, for <c>AddSource</c>/<c>AddMeter</c>.</summary>
    public const string Name = "GraphQL";

    public const string OperationNameTag = "graphql.operation.name";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string DocumentHashTag = "graphql.document.hash";
    public const string ErrorCodeTag = "graphql.error.code";

    private static readonly string? Version = typeof(GraphQLTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    internal static readonly ActivitySource Source = new(Name, Version);

    internal static readonly Meter Meter = new(Name, Version);

    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>("graphql.requests", "{request}", "GraphQL requests executed.");

    internal static readonly Counter<long> Errors = Meter.CreateCounter<long>("graphql.errors", "{error}", "Errors in GraphQL responses, by code.");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("graphql.request.duration", "s", "How long GraphQL requests take, until the result (a subscription: until its stream starts).");

    internal static readonly UpDownCounter<long> ActiveSubscriptions = Meter.CreateUpDownCounter<long>("graphql.subscriptions.active", "{subscription}", "Subscriptions whose stream is open.");

    internal static readonly Counter<long> DocumentCacheLookups = Meter.CreateCounter<long>("graphql.document_cache.lookups", "{lookup}", "Parse-cache lookups by document hash, hits and misses.");

    internal static readonly Histogram<long> DataLoaderBatchSize = Meter.CreateHistogram<long>("graphql.dataloader.batch_size", "{key}", "How many keys each DataLoader batch loads.");

    /// <summary>Whether a request should be observed at all (the hot path checks this once).</summary>
    internal static bool ObservesRequests => Source.HasListeners() || Requests.Enabled || Errors.Enabled || Duration.Enabled;

    /// <summary>
    /// Starts the activity of one DataLoader batch (and records its size); dispose it when the batch completes. Returns
    /// <c>null</c> when nothing listens.
    /// </summary>
    public static Activity? StartDataLoaderBatch(string name, int size)
    {
        if (DataLoaderBatchSize.Enabled)
        {
            DataLoaderBatchSize.Record(size, new KeyValuePair<string, object?>("graphql.dataloader.name", name));
        }

        var activity = Source.StartActivity("graphql.dataloader.batch");
        activity?.SetTag("graphql.dataloader.name", name);
        activity?.SetTag("graphql.dataloader.batch_size", size);
        return activity;
    }

    internal static void DocumentCacheLookup(bool hit)
    {
        if (DocumentCacheLookups.Enabled)
        {
            DocumentCacheLookups.Add(1, new KeyValuePair<string, object?>("graphql.document_cache.hit", hit));
        }
    }

    internal static void SubscriptionOpened()
    {
        if (ActiveSubscriptions.Enabled)
        {
            ActiveSubscriptions.Add(1);
        }
    }

    internal static void SubscriptionClosed()
    {
        if (ActiveSubscriptions.Enabled)
        {
            ActiveSubscriptions.Add(-1);
        }
    }
}
