using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Decides the object type of a value of an interface or union
/// (<see href="https://spec.graphql.org/September2025/#ResolveAbstractType()">ResolveAbstractType()</see>); <c>null</c>
/// lets the other ways try (see <see cref="TypeResolutionExtensions"/>).
/// </summary>
public delegate ObjectType? TypeResolver(object value, IResolverContext context);
