namespace GraphQL.Data;

/// <summary>The page sizes of a cursor-paged field (see <see cref="UsePagingAttribute"/>).</summary>
public sealed record PagingOptions
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; init; } = 20;

    /// <summary>The largest <c>first</c> or <c>last</c> accepted; a larger one is an error, never silently cut.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>Whether the connection offers <c>totalCount</c> (counted only when selected).</summary>
    public bool IncludeTotalCount { get; init; } = true;
}
