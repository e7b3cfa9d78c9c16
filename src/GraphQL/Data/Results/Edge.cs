namespace GraphQL.Data;

/// <summary>An item of a page and its cursor.</summary>
public sealed class Edge(string cursor, object node)
{
    public string Cursor { get; } = cursor;

    public object Node { get; } = node;
}
