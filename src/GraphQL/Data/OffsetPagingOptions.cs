namespace GraphQL.Data;

/// <summary>The page sizes of an offset-paged field (see <see cref="UseOffsetPagingAttribute"/>).</summary>
public sealed record OffsetPagingOptions
{
    /// <summary>The page size when <c>take</c> is not given.</summary>
    public int DefaultPageSize { get; init; } = 20;

    /// <summary>The largest <c>take</c> accepted.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>Whether the segment offers <c>totalCount</c> (counted only when selected).</summary>
    public bool IncludeTotalCount { get; init; } = true;
}
