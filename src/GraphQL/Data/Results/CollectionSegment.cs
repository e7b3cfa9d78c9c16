namespace GraphQL.Data;

/// <summary>A segment of an offset-paged field.</summary>
public sealed class CollectionSegment(IReadOnlyList<object> items, CollectionSegmentInfo pageInfo, int? totalCount)
{
    public IReadOnlyList<object> Items { get; } = items;

    public CollectionSegmentInfo PageInfo { get; } = pageInfo;

    public int? TotalCount { get; } = totalCount;
}
