namespace GraphQL.Types.CodeFirst;

/// <summary>What a compiled resolver calls its method or property on.</summary>
internal enum ResolverInstance
{
    /// <summary>A static member.</summary>
    Static,

    /// <summary>The parent object: a member of the object type's own CLR class.</summary>
    Parent,

    /// <summary>An instance of a resolver class (root type, type extension, SDL resolvers), from DI or created per call.</summary>
    ResolverClass,
}
