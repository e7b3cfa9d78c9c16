using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphQL.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Playbooks.Server.Redis;

/// <summary>
/// The topic event bus shared by every server process through Redis (StackExchange.Redis 1.2.6, async API only).
/// </summary>
/// <remarks>
/// <para>
/// Per topic: a stream <c>{prefix}stream:{topic}</c> is the log (its ids are the event ids; trimmed to
/// <see cref="TopicEventBusOptions.LogCapacity"/> entries, expiring <see cref="TopicEventBusOptions.LogRetention"/>
/// after its last event unless someone listens), and a channel <c>{prefix}channel:{topic}</c> carries live events.
/// A Lua script appends and publishes in one step, so the channel carries events in id order. Messages are JSON
/// (<see cref="RedisTopicEventBusOptions.SerializerOptions"/>).
/// </para>
/// <para>
/// A process subscribes a topic's channel once, when its first local subscriber arrives, fans the messages out to
/// its local subscribers (<see cref="TopicSubscription{TPayload, TMessage}"/>: bounded buffers, replay, the seam),
/// and unsubscribes when the last one leaves.
/// </para>
/// <para>
/// Redis restarts: when the subscription connection drops, live delivery of every topic stops (see
/// <see cref="RedisTopic.Interrupt"/>). The multiplexer re-subscribes the channels by itself; after it reconnects, the
/// bus publishes a probe on each topic's channel, and once the probe comes back (the channel delivers again), live
/// delivery resumes and every subscriber first re-reads the log after its last delivered event: events published
/// while this process was cut off are delivered, once. Publishing while Redis is unreachable is retried for <see cref="RedisTopicEventBusOptions.RetryWindow"/>
/// (a retry cannot append the event twice), then fails with <see cref="TopicPublishException"/>. Gap detection relies
/// on the stream's max-deleted-entry-id: Redis 7 or later.
/// </para>
/// </remarks>
internal sealed class RedisTopicEventBus : ITopicEventSender, ITopicEventReceiver, IAsyncDisposable
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LastRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromMilliseconds(500);

    private readonly RedisConnection _connection;
    private readonly RedisTopicEventBusOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<string, RedisTopic> _topics = new(StringComparer.Ordinal);
    private readonly Lock _topicsGate = new();
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _retentionMilliseconds;
    private ConnectionMultiplexer? _multiplexer;
    private Task _keepAlive = Task.CompletedTask;

    public RedisTopicEventBus(RedisConnection connection, RedisTopicEventBusOptions options, ILogger<RedisTopicEventBus>? logger = null)
    {
        options.Validate();
        _connection = connection;
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _retentionMilliseconds = ((long)options.LogRetention.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
    }

    public async ValueTask<TopicEventId> SendAsync<T>(string topic, T message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        var payload = JsonSerializer.Serialize(message, _options.SerializerOptions);
        var streamKey = _options.KeyPrefix + "stream:" + topic;
        var channel = _options.KeyPrefix + "channel:" + topic;
        var token = Guid.NewGuid().ToString("N");
        var result = await RetryAsync(
            topic,
            "publish",
            (multiplexer, attempt) => multiplexer.GetDatabase().ScriptEvaluateAsync(
                RedisTopicScripts.Publish,
                [streamKey],
                [channel, payload, _options.LogCapacity, _retentionMilliseconds, token, attempt == 0 ? "0" : "1"]),
            _options.RetryWindow,
            failure => new TopicPublishException(topic, $"Could not publish to topic '{topic}': {Describe(failure)}", failure),
            cancellationToken).ConfigureAwait(false);
        return TopicEventId.Parse((string)result!);
    }

    public async ValueTask<ISourceStream<T>> SubscribeAsync<T>(string topic, TopicEventId? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        RedisTopic redisTopic;
        lock (_topicsGate)
        {
            if (!_topics.TryGetValue(topic, out redisTopic!))
            {
                _topics[topic] = redisTopic = new RedisTopic(this, topic, _options.KeyPrefix);
            }
            redisTopic.References++;
        }

        TopicSubscription<string, T>? subscription = null;
        try
        {
            await redisTopic.ChannelGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!redisTopic.ChannelSubscribed)
                {
                    var interruptions = redisTopic.Interruptions;
                    await RetryAsync(
                        topic,
                        "subscribe",
                        async (multiplexer, _) =>
                        {
                            await multiplexer.GetSubscriber().SubscribeAsync(redisTopic.Channel, redisTopic.Handler).ConfigureAwait(false);
                            return true;
                        },
                        _options.RetryWindow,
                        failure => new TopicSubscribeException(topic, $"Could not subscribe to topic '{topic}': {Describe(failure)}", failure),
                        cancellationToken).ConfigureAwait(false);
                    redisTopic.ChannelSubscribed = true;
                    // A channel just subscribed delivers: it is not waiting for a reconnect's catch-up.
                    redisTopic.TryResume(interruptions);
                }
                subscription = new TopicSubscription<string, T>(topic, after, _options, redisTopic, Deserialize<T>, stream => LeaveAsync(redisTopic, stream));
                redisTopic.Add(subscription);
            }
            finally
            {
                redisTopic.ChannelGate.Release();
            }

            if (after is null)
            {
                // Live events from here on: the log's last id now that the channel delivers to the subscriber.
                var bounds = await RetryAsync(
                    topic,
                    "subscribe",
                    (multiplexer, _) => ReadPageAsync(multiplexer.GetDatabase(), redisTopic, TopicEventId.Zero, 0),
                    _options.RetryWindow,
                    failure => new TopicSubscribeException(topic, $"Could not subscribe to topic '{topic}': {Describe(failure)}", failure),
                    cancellationToken).ConfigureAwait(false);
                subscription.StartLiveAfter(bounds.LastId);
            }
            return subscription;
        }
        catch
        {
            if (subscription is not null)
            {
                await subscription.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                await ReleaseAsync(redisTopic).ConfigureAwait(false);
            }
            throw;
        }
    }

    /// <summary>Ends every subscription of this process and unsubscribes their channels.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_multiplexer is { } multiplexer)
        {
            multiplexer.ConnectionFailed -= OnConnectionFailed;
            multiplexer.ConnectionRestored -= OnConnectionRestored;
        }
        RedisTopic[] topics;
        lock (_topicsGate)
        {
            topics = [.. _topics.Values];
        }
        foreach (var topic in topics)
        {
            topic.CompleteAll();
            await ReleaseChannelAsync(topic, force: true).ConfigureAwait(false);
        }
        try
        {
            await _keepAlive.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The topics this process has a channel subscription for (tests).</summary>
    internal int SubscribedTopicCount
    {
        get
        {
            lock (_topicsGate)
            {
                return _topics.Values.Count(topic => topic.ChannelSubscribed);
            }
        }
    }

    /// <summary>A page of a topic's log, for its subscribers: retried while Redis is unreachable, until cancelled.</summary>
    internal async ValueTask<TopicLogPage<string>> ReadLogAsync(RedisTopic topic, TopicEventId after, int maxCount, CancellationToken cancellationToken) =>
        await RetryAsync(
            topic.Name,
            "read the log of",
            (multiplexer, _) => ReadPageAsync(multiplexer.GetDatabase(), topic, after, maxCount),
            Timeout.InfiniteTimeSpan,
            failure => failure,
            cancellationToken).ConfigureAwait(false);

    private async Task<TopicLogPage<string>> ReadPageAsync(IDatabase database, RedisTopic topic, TopicEventId after, int maxCount)
    {
        var start = after == TopicEventId.Zero ? "-" : "(" + after;
        var result = (RedisResult[])(await database.ScriptEvaluateAsync(
            RedisTopicScripts.Read,
            [topic.StreamKey],
            [start, maxCount, _retentionMilliseconds]).ConfigureAwait(false))!;
        var entries = (RedisResult[])result[2]!;
        var events = new List<TopicEvent<string>>(entries.Length);
        foreach (var entry in entries)
        {
            var parts = (RedisResult[])entry!;
            var fields = (RedisResult[])parts[1]!;
            for (var i = 0; i + 1 < fields.Length; i += 2)
            {
                if ((string?)fields[i] == "m")
                {
                    events.Add(new TopicEvent<string>(TopicEventId.Parse((string)parts[0]!), (string)fields[i + 1]!));
                    break;
                }
            }
        }
        return new TopicLogPage<string>(events, TopicEventId.Parse((string)result[1]!), TopicEventId.Parse((string)result[0]!));
    }

    private async ValueTask LeaveAsync(RedisTopic topic, ITopicSubscriber<string> subscriber)
    {
        topic.Remove(subscriber);
        await ReleaseAsync(topic).ConfigureAwait(false);
    }

    /// <summary>Drops one reference to the topic; the last subscriber out unsubscribes the channel.</summary>
    private async ValueTask ReleaseAsync(RedisTopic topic)
    {
        await ReleaseChannelAsync(topic, force: false).ConfigureAwait(false);
        lock (_topicsGate)
        {
            if (--topic.References == 0)
            {
                _topics.Remove(topic.Name);
            }
        }
    }

    private async ValueTask ReleaseChannelAsync(RedisTopic topic, bool force)
    {
        await topic.ChannelGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if ((force || topic.SubscriberCount == 0) && topic.ChannelSubscribed)
            {
                topic.ChannelSubscribed = false;
                topic.ForgetProbes();
                if (_multiplexer is { } multiplexer)
                {
                    try
                    {
                        await multiplexer.GetSubscriber().UnsubscribeAsync(topic.Channel, topic.Handler).WaitAsync(AttemptTimeout).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (IsTransient(exception))
                    {
                        // The handler is gone locally; the multiplexer will not subscribe the channel again.
                        _logger.LogDebug(exception, "Could not unsubscribe from topic {Topic}", topic.Name);
                    }
                }
            }
        }
        finally
        {
            topic.ChannelGate.Release();
        }
    }

    private async Task<ConnectionMultiplexer> GetMultiplexerAsync()
    {
        if (_multiplexer is { } connected)
        {
            return connected;
        }
        await _connectGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_multiplexer is null)
            {
                var multiplexer = await _connection.GetAsync().ConfigureAwait(false);
                if (!multiplexer.PreserveAsyncOrder)
                {
                    // Subscribers skip a live event whose id is not above the last one delivered: order matters.
                    throw new InvalidOperationException("The topic event bus needs the Redis multiplexer's PreserveAsyncOrder.");
                }
                multiplexer.ConnectionFailed += OnConnectionFailed;
                multiplexer.ConnectionRestored += OnConnectionRestored;
                _multiplexer = multiplexer;
                _keepAlive = KeepLogsAliveAsync(_stopping.Token);
            }
            return _multiplexer;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private async Task<TResult> RetryAsync<TResult>(
        string topic,
        string operation,
        Func<ConnectionMultiplexer, int, Task<TResult>> attempt,
        TimeSpan window,
        Func<Exception, Exception> giveUp,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var delay = FirstRetryDelay;
        for (var attempts = 0; ; attempts++)
        {
            try
            {
                var multiplexer = await GetMultiplexerAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
                return await attempt(multiplexer, attempts).WaitAsync(AttemptTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsTransient(exception))
            {
                var remaining = window == Timeout.InfiniteTimeSpan ? LastRetryDelay : window - Stopwatch.GetElapsedTime(started);
                if (remaining <= TimeSpan.Zero)
                {
                    throw giveUp(exception);
                }
                _logger.Log(attempts == 0 ? LogLevel.Warning : LogLevel.Debug, exception,
                    "Could not {Operation} topic {Topic} (attempt {Attempt}): Redis is unreachable, retrying", operation, topic, attempts + 1);
                await Task.Delay(delay < remaining ? delay : remaining, cancellationToken).ConfigureAwait(false);
                delay = delay * 2 < LastRetryDelay ? delay * 2 : LastRetryDelay;
            }
            catch (RedisServerException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw giveUp(exception);
            }
        }
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        RedisConnectionException or TimeoutException => true, // RedisTimeoutException is a TimeoutException
        RedisServerException server => server.Message.StartsWith("LOADING", StringComparison.Ordinal)
            || server.Message.StartsWith("BUSY", StringComparison.Ordinal),
        _ => false,
    };

    private static string Describe(Exception failure) => failure is RedisServerException
        ? "Redis refused it: " + failure.Message
        : "Redis stayed unreachable for the retry window: " + failure.Message;

    private T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, _options.SerializerOptions)!;

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription)
        {
            return;
        }
        RedisTopic[] topics;
        lock (_topicsGate)
        {
            topics = [.. _topics.Values];
        }
        foreach (var topic in topics)
        {
            topic.Interrupt();
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription || _stopping.IsCancellationRequested)
        {
            return;
        }
        RedisTopic[] topics;
        lock (_topicsGate)
        {
            topics = [.. _topics.Values];
        }
        foreach (var topic in topics)
        {
            _ = CatchUpAfterReconnectAsync(topic);
        }
    }

    /// <summary>
    /// Once the topic's channel delivers again (a probe published on it comes back), live delivery resumes and its
    /// subscribers re-read the log: an event is then either in what they read or still to come on the channel.
    /// </summary>
    private async Task CatchUpAfterReconnectAsync(RedisTopic topic)
    {
        var delay = FirstRetryDelay;
        try
        {
            for (var attempt = 1; topic.References > 0 && !_stopping.IsCancellationRequested; attempt++)
            {
                var interruptions = topic.Interruptions;
                var (probe, received) = topic.NewProbe();
                var multiplexer = await GetMultiplexerAsync().ConfigureAwait(false);
                try
                {
                    await multiplexer.GetSubscriber().PublishAsync(topic.Channel, probe).WaitAsync(AttemptTimeout, _stopping.Token).ConfigureAwait(false);
                    await received.WaitAsync(ProbeTimeout, _stopping.Token).ConfigureAwait(false);
                    // Lost again meanwhile: the next reconnect resumes the topic.
                    topic.TryResume(interruptions);
                    return;
                }
                catch (Exception exception) when (IsTransient(exception))
                {
                    _logger.LogDebug(exception, "Topic {Topic} does not deliver yet after the reconnect (attempt {Attempt})", topic.Name, attempt);
                }
                if (attempt % 4 == 0)
                {
                    await ResubscribeAsync(topic, multiplexer).ConfigureAwait(false);
                }
                await Task.Delay(delay, _stopping.Token).ConfigureAwait(false);
                delay = delay * 2 < LastRetryDelay ? delay * 2 : LastRetryDelay;
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Catching up topic {Topic} after a Redis reconnect failed", topic.Name);
        }
    }

    /// <summary>In case the multiplexer did not restore a channel subscription by itself.</summary>
    private async Task ResubscribeAsync(RedisTopic topic, ConnectionMultiplexer multiplexer)
    {
        await topic.ChannelGate.WaitAsync(_stopping.Token).ConfigureAwait(false);
        try
        {
            if (topic.ChannelSubscribed)
            {
                topic.Interrupt(); // the next probe that comes back resumes it
                var subscriber = multiplexer.GetSubscriber();
                await subscriber.UnsubscribeAsync(topic.Channel, topic.Handler).WaitAsync(AttemptTimeout).ConfigureAwait(false);
                await subscriber.SubscribeAsync(topic.Channel, topic.Handler).WaitAsync(AttemptTimeout).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (IsTransient(exception))
        {
            _logger.LogDebug(exception, "Could not subscribe topic {Topic} again", topic.Name);
        }
        finally
        {
            topic.ChannelGate.Release();
        }
    }

    /// <summary>
    /// A topic's log expires <see cref="TopicEventBusOptions.LogRetention"/> after its last event; while this process
    /// listens to it, the log is kept, so a quiet topic's subscribers do not find their position gone.
    /// </summary>
    private async Task KeepLogsAliveAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(_options.LogRetention / 3);
        while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
        {
            RedisTopic[] topics;
            lock (_topicsGate)
            {
                topics = [.. _topics.Values.Where(topic => topic.SubscriberCount > 0)];
            }
            foreach (var topic in topics)
            {
                try
                {
                    await _multiplexer!.GetDatabase()
                        .ScriptEvaluateAsync(RedisTopicScripts.KeepAlive, [topic.StreamKey], [_retentionMilliseconds])
                        .WaitAsync(AttemptTimeout, stopping).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    _logger.Log(IsTransient(exception) ? LogLevel.Debug : LogLevel.Warning, exception, "Could not keep the log of topic {Topic} alive", topic.Name);
                }
            }
        }
    }
}
