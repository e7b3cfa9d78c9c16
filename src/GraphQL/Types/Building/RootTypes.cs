namespace GraphQL.Types;

/// <summary>The root operation types as the builder finds them (§3.3.1 Root Operation Types).</summary>
internal sealed class RootTypes
{
    public ObjectType? Query { get; set; }

    public ObjectType? Mutation { get; set; }

    public ObjectType? Subscription { get; set; }

    /// <summary>Whether a schema definition (or extension) named root types; if not, the default names apply.</summary>
    public bool Defined { get; set; }

    /// <summary>
    /// "If the schema definition is omitted, the root types are the types named Query, Mutation and Subscription, when
    /// they exist" (§3.3.1 Default Root Operation Type Names).
    /// </summary>
    public void UseDefaultNames(DeclaredTypes types)
    {
        Query ??= types.Find("Query") as ObjectType;
        Mutation ??= types.Find("Mutation") as ObjectType;
        Subscription ??= types.Find("Subscription") as ObjectType;
    }
}
