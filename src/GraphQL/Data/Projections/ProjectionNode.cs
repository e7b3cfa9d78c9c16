using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// What a projection reads of one object: its members in selection order, each a column (no child), a related object,
/// or a collection (maybe with its own filter, order and window). Built from the selection set, then turned into one
/// <c>new T { … }</c> expression.
/// </summary>
internal sealed class ProjectionNode(Type clrType)
{
    public Type ClrType { get; } = clrType;

    public Dictionary<PropertyInfo, ProjectionMember> Members { get; } = [];

    public ProjectionMember Add(PropertyInfo property)
    {
        if (!Members.TryGetValue(property, out var member))
        {
            member = new ProjectionMember(property);
            Members.Add(property, member);
        }

        return member;
    }

    /// <summary>Adds a member path (a sort key's <c>Customer.Name</c>): related objects on the way, the column at the end.</summary>
    public void AddPath(IReadOnlyList<PropertyInfo> path)
    {
        var node = this;
        for (var i = 0; i < path.Count; i++)
        {
            var member = node.Add(path[i]);
            if (i < path.Count - 1)
            {
                member.Child ??= new ProjectionNode(path[i].PropertyType);
                node = member.Child;
            }
        }
    }
}

/// <summary>A member of a <see cref="ProjectionNode"/>.</summary>
internal sealed class ProjectionMember(PropertyInfo property)
{
    public PropertyInfo Property { get; } = property;

    /// <summary>The related object's or the collection items' members; <c>null</c> for a column.</summary>
    public ProjectionNode? Child { get; set; }

    /// <summary>The collection's item type, or <c>null</c> for a column or related object.</summary>
    public Type? ItemType { get; set; }

    /// <summary>The collection's filter, order and window, applied inside the projection (one SQL statement).</summary>
    public DataQueryPlan? Query { get; set; }

    /// <summary>Whether the query's page window is applied (not when the page's total is counted from the rows).</summary>
    public bool Windowed { get; set; } = true;

    /// <summary>Selected twice with different arguments: read whole, each field applies its own query in memory.</summary>
    public bool Conflicted { get; set; }
}
