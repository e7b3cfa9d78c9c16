using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GraphQL.Subscriptions;

/// <summary>
/// The position of an event in its topic's log: ids increase monotonically within a topic, and an event published
/// later always has a greater id. Written <c>{timestamp}-{sequence}</c>, the form of a Redis stream id; the
/// in-memory bus uses the same form, with the topic log's creation time as the timestamp.
/// </summary>
/// <remarks>
/// Clients keep the id of the last event they saw and pass it back to resume a subscription
/// (<see cref="ITopicEventReceiver.SubscribeAsync{T}"/>). <see cref="Zero"/> precedes every event: resuming after it
/// replays whatever the log still holds.
/// </remarks>
public readonly struct TopicEventId : IEquatable<TopicEventId>, IComparable<TopicEventId>, ISpanParsable<TopicEventId>
{
    public TopicEventId(ulong timestamp, ulong sequence)
    {
        Timestamp = timestamp;
        Sequence = sequence;
    }

    /// <summary>Before every event: "replay everything the log still holds".</summary>
    public static TopicEventId Zero => default;

    public ulong Timestamp { get; }

    public ulong Sequence { get; }

    public static TopicEventId Parse(string s, IFormatProvider? provider = null) => Parse(s.AsSpan(), provider);

    public static TopicEventId Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var id) ? id : throw new FormatException($"'{s}' is not a topic event id ('<timestamp>-<sequence>').");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TopicEventId result) =>
        TryParse(s.AsSpan(), provider, out result);

    public static bool TryParse([NotNullWhen(true)] string? s, out TopicEventId result) => TryParse(s.AsSpan(), null, out result);

    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TopicEventId result)
    {
        result = default;
        var dash = s.IndexOf('-');
        if (dash <= 0
            || !ulong.TryParse(s[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || !ulong.TryParse(s[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return false;
        }
        result = new TopicEventId(timestamp, sequence);
        return true;
    }

    public int CompareTo(TopicEventId other)
    {
        var byTimestamp = Timestamp.CompareTo(other.Timestamp);
        return byTimestamp != 0 ? byTimestamp : Sequence.CompareTo(other.Sequence);
    }

    public bool Equals(TopicEventId other) => Timestamp == other.Timestamp && Sequence == other.Sequence;

    public override bool Equals(object? obj) => obj is TopicEventId other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Timestamp, Sequence);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Timestamp}-{Sequence}");

    public static bool operator ==(TopicEventId left, TopicEventId right) => left.Equals(right);

    public static bool operator !=(TopicEventId left, TopicEventId right) => !left.Equals(right);

    public static bool operator <(TopicEventId left, TopicEventId right) => left.CompareTo(right) < 0;

    public static bool operator <=(TopicEventId left, TopicEventId right) => left.CompareTo(right) <= 0;

    public static bool operator >(TopicEventId left, TopicEventId right) => left.CompareTo(right) > 0;

    public static bool operator >=(TopicEventId left, TopicEventId right) => left.CompareTo(right) >= 0;
}
