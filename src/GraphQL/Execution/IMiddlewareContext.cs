namespace GraphQL.Execution;

/// <summary>The context of a field's middleware pipeline: the resolver context plus the value being produced.</summary>
public interface IMiddlewareContext : IResolverContext
{
    /// <summary>
    /// The field's value so far: set by the resolver step, and read or replaced by the middleware around it. An
    /// <see cref="Exception"/> or <see cref="GraphQLError"/> stored here makes a field error.
    /// </summary>
    object? Result { get; set; }

    /// <summary>Whether <see cref="Result"/> was set, so a middleware can short-circuit the resolver.</summary>
    bool IsResultSet { get; }
}
