namespace GraphQL.Data;

/// <summary>A page of a cursor-paged field: the value of a <c>TConnection</c> field, read by the default resolver.</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, int? totalCount)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;

    public IReadOnlyList<object> Nodes => [.. Edges.Select(edge => edge.Node)];

    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>Counted only when selected (and offered); <c>null</c> otherwise.</summary>
    public int? TotalCount { get; } = totalCount;
}
