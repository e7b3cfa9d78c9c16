namespace GraphQL.Execution;

/// <summary>Whether a value belongs to an object type; see <see cref="TypeResolutionExtensions.IsTypeOf"/>.</summary>
public delegate bool IsTypeOfPredicate(object value, IResolverContext context);
