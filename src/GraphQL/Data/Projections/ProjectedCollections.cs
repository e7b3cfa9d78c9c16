using System.Collections;
using System.Collections.Concurrent;
using GraphQL.Execution;

namespace GraphQL.Data;

/// <summary>
/// The collections a projection already filtered, ordered and windowed in SQL, per request: a nested field finding its
/// collection here only shapes the page; any other collection it queries itself (in memory).
/// </summary>
internal static class ProjectedCollections
{
    private const string Key = "GraphQL.Data.ProjectedCollections";

    public static bool Contains(IResolverContext context, object collection) =>
        context.ContextData.TryGetValue(Key, out var set) && ((ConcurrentDictionary<object, bool>)set!).ContainsKey(collection);

    /// <summary>Records the collections with a query in the projected rows.</summary>
    public static void Register(IResolverContext context, ProjectionNode node, IEnumerable<object> rows)
    {
        if (!HasQuery(node))
        {
            return;
        }

        var set = Set(context.ContextData);
        foreach (var row in rows)
        {
            Walk(set, node, row);
        }
    }

    private static void Walk(ConcurrentDictionary<object, bool> set, ProjectionNode node, object row)
    {
        foreach (var member in node.Members.Values)
        {
            if (member.Child is null || member.Property.GetValue(row) is not { } value)
            {
                continue;
            }

            if (member.ItemType is null)
            {
                Walk(set, member.Child, value);
                continue;
            }

            if (member.Query is not null)
            {
                set.TryAdd(value, member.Windowed);
            }

            foreach (var item in (IEnumerable)value)
            {
                Walk(set, member.Child, item);
            }
        }
    }

    private static ConcurrentDictionary<object, bool> Set(IDictionary<string, object?> data)
    {
        // The request's data is shared by resolvers running concurrently.
        lock (data)
        {
            if (!data.TryGetValue(Key, out var set))
            {
                set = new ConcurrentDictionary<object, bool>(ReferenceEqualityComparer.Instance);
                data[Key] = set;
            }

            return (ConcurrentDictionary<object, bool>)set!;
        }
    }

    private static bool HasQuery(ProjectionNode node) =>
        node.Members.Values.Any(member => member.Query is not null || (member.Child is not null && HasQuery(member.Child)));
}
