namespace GraphQL.Data;

/// <summary>
/// The values of <c>SortEnumType</c>. Nulls follow PostgreSQL's defaults: last when ascending, first when descending.
/// </summary>
public enum SortDirection
{
    Asc,
    Desc,
}
