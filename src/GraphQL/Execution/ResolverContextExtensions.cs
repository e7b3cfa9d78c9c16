namespace GraphQL.Execution;

/// <summary>Typed shorthands over <see cref="IResolverContext"/>.</summary>
public static class ResolverContextExtensions
{
    /// <summary>The parent value as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">The parent is not a <typeparamref name="T"/>.</exception>
    public static T Parent<T>(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Parent is T parent
            ? parent
            : throw new InvalidCastException(
                $"The parent of {context.Field.Coordinate} is {context.Parent?.GetType().Name ?? "null"}, not {typeof(T).Name}.");
    }

    /// <summary>A required service of the request.</summary>
    /// <exception cref="InvalidOperationException">The service is not registered.</exception>
    public static T Service<T>(this IResolverContext context)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T).FullName} is registered.");
    }
}
