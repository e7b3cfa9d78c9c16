namespace Playbooks.Server.Redis;

/// <summary>
/// The Lua scripts of <see cref="RedisTopicEventBus"/>, sent as text (<c>ScriptEvaluateAsync(string)</c>): a loaded
/// script is gone after a Redis restart. Scripts run atomically, which is what the bus relies on.
/// </summary>
internal static class RedisTopicScripts
{
    // A new log starts with a placeholder entry, deleted at once: its id stays as the stream's max-deleted-entry-id
    // and marks where this log's history begins. A subscriber positioned before it holds an id from a log that is
    // gone (expired, or lost with Redis's data), so the events after its position cannot be vouched for.
    private const string EnsureLog = """
        local function ensure_log(key, retention)
          if redis.call('EXISTS', key) == 0 then
            local marker = redis.call('XADD', key, '*', 'start', '1')
            redis.call('XDEL', key, marker)
            redis.call('PEXPIRE', key, retention)
          end
        end
        """;

    /// <summary>
    /// KEYS[1] the stream; ARGV: channel, message, log capacity, retention (ms), publish token, '1' on a retry.
    /// Appends the message and publishes <c>{id} {message}</c> on the channel in one step, so the channel carries
    /// events in id order even with publishers in several processes. A retry first looks for its token among the
    /// newest entries: the earlier attempt may have run although its answer was lost. The log is trimmed with XDEL,
    /// not XADD's MAXLEN: only deletions move the stream's max-deleted-entry-id, by which readers detect a gap.
    /// Returns the event's id.
    /// </summary>
    public const string Publish = EnsureLog + """

        if ARGV[6] == '1' then
          for _, entry in ipairs(redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1000)) do
            local fields = entry[2]
            for i = 1, #fields, 2 do
              if fields[i] == 't' and fields[i + 1] == ARGV[5] then return entry[1] end
            end
          end
        end
        ensure_log(KEYS[1], ARGV[4])
        local id = redis.call('XADD', KEYS[1], '*', 'm', ARGV[2], 't', ARGV[5])
        local excess = redis.call('XLEN', KEYS[1]) - tonumber(ARGV[3])
        if excess > 0 then
          for _, entry in ipairs(redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', excess)) do
            redis.call('XDEL', KEYS[1], entry[1])
          end
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('PUBLISH', ARGV[1], id .. ' ' .. ARGV[2])
        return id
        """;

    /// <summary>
    /// KEYS[1] the stream; ARGV: first id ('-' or '(' exclusive id), count (0: bounds only), retention (ms).
    /// Returns <c>{last-generated-id, max-deleted-entry-id, entries}</c> from one consistent moment.
    /// </summary>
    public const string Read = EnsureLog + """

        ensure_log(KEYS[1], ARGV[3])
        local info = redis.call('XINFO', 'STREAM', KEYS[1])
        local last, trimmed = '0-0', '0-0'
        for i = 1, #info, 2 do
          if info[i] == 'last-generated-id' then last = info[i + 1]
          elseif info[i] == 'max-deleted-entry-id' then trimmed = info[i + 1] end
        end
        local entries = {}
        if tonumber(ARGV[2]) > 0 then
          entries = redis.call('XRANGE', KEYS[1], ARGV[1], '+', 'COUNT', ARGV[2])
        end
        return {last, trimmed, entries}
        """;

    /// <summary>KEYS[1] the stream; ARGV: retention (ms). Keeps the log of a topic someone listens to from expiring.</summary>
    public const string KeepAlive = EnsureLog + """

        ensure_log(KEYS[1], ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return 1
        """;
}
