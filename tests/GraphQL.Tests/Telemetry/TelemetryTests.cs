using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL.Execution;
using GraphQL.Telemetry;
using GraphQL.Tests.Execution;

namespace GraphQL.Tests.Telemetry;

[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

/// <summary>
/// The "GraphQL" activities and metrics, seen by an <see cref="ActivityListener"/> and a <see cref="MeterListener"/> as an
/// exporter would see them. Not run in parallel with other tests: listeners see every request in the process.
/// </summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();

    public TelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GraphQLTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    [Fact]
    public async Task A_request_is_traced_as_parse_validate_execute_with_its_operation_and_hash()
    {
        const string query = "query TracedDog { dog { name } }";

        await Pets.CreateSchema().ExecuteAsync(query);

        var request = _activities.Should().ContainSingle(a => a.OperationName == "graphql.request").Subject;
        request.GetTagItem(GraphQLTelemetry.OperationNameTag).Should().Be("TracedDog");
        request.GetTagItem(GraphQLTelemetry.OperationTypeTag).Should().Be("query");
        request.GetTagItem(GraphQLTelemetry.DocumentHashTag).Should().Be(DocumentHash.Compute(query).ToString());
        _activities.Where(a => a.ParentSpanId == request.SpanId).Select(a => a.OperationName)
            .Should().Equal("graphql.parse", "graphql.validate", "graphql.execute");
        _activities.Should().NotContain(a => a.OperationName == "graphql.resolve", "resolvers are traced only when asked");
    }

    [Fact]
    public async Task Resolvers_are_traced_when_the_option_is_on()
    {
        await Pets.CreateSchema().ExecuteAsync("{ dog { name } }", options: new ExecutionOptions { TraceResolvers = true });

        var resolve = _activities.Should().ContainSingle(a => a.OperationName == "graphql.resolve").Subject;
        resolve.GetTagItem("graphql.field.coordinate").Should().Be("Query.dog");
        resolve.Parent!.OperationName.Should().Be("graphql.execute");
    }

    [Fact]
    public async Task Requests_errors_duration_and_document_cache_are_measured()
    {
        var executor = new RequestExecutor(Pets.CreateSchema());

        await executor.ExecuteAsync("{ dog { name } }");
        await executor.ExecuteAsync("{ dog { name } }");
        await executor.ExecuteAsync("{ dog { unknownField } }");

        Sum("graphql.requests").Should().Be(3);
        _measurements.Where(m => m.Instrument == "graphql.request.duration").Should().HaveCount(3);
        _measurements.Should().ContainSingle(m => m.Instrument == "graphql.errors")
            .Which.Tags[GraphQLTelemetry.ErrorCodeTag].Should().Be(ErrorCodes.ValidationFailed);
        _measurements.Where(m => m.Instrument == "graphql.document_cache.lookups").Select(m => m.Tags["graphql.document_cache.hit"])
            .Should().Equal(false, true, false);
    }

    [Fact]
    public void A_dataloader_batch_is_an_activity_and_a_size()
    {
        using (GraphQLTelemetry.StartDataLoaderBatch("UserById", 7))
        {
        }

        _activities.Should().ContainSingle(a => a.OperationName == "graphql.dataloader.batch")
            .Which.GetTagItem("graphql.dataloader.batch_size").Should().Be(7);
        _measurements.Should().ContainSingle(m => m.Instrument == "graphql.dataloader.batch_size").Which.Value.Should().Be(7);
    }

    [Fact]
    public void Nothing_listens_when_no_listener_is_attached()
    {
        Dispose();

        GraphQLTelemetry.StartDataLoaderBatch("UserById", 1).Should().BeNull();
        GraphQLTelemetry.ObservesRequests.Should().BeFalse();
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    private double Sum(string instrument) => _measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            map[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, value, map));
    }
}
