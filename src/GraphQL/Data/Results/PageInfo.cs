namespace GraphQL.Data;

/// <summary>Relay's <c>PageInfo</c>: whether items exist beyond the page, and its first and last cursors.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
