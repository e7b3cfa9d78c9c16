namespace GraphQL.Data;

/// <summary>Whether items exist after or before a segment.</summary>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
