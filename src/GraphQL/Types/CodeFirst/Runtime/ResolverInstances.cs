using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The instance a resolver class's method runs on: the parent when it already is one (a root value of the class), else
/// the request's service of that class, else one created for the call with <see cref="ActivatorUtilities"/> (constructor
/// parameters from the request's services). The factory is made once, when the schema is built.
/// </summary>
internal static class ResolverInstances
{
    public static T Get<T>(IResolverContext context, ObjectFactory factory)
        where T : class =>
        context.Parent as T ?? context.Services.GetService(typeof(T)) as T ?? (T)factory(context.Services, null);

    public static object? Argument(IResolverContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? value : null;

    /// <summary>The argument, or <paramref name="fallback"/> (the parameter's C# default) when it is absent.</summary>
    public static object? ArgumentOr(IResolverContext context, string name, object? fallback) =>
        context.Arguments.TryGetValue(name, out var value) ? value : fallback;

    public static T RequiredService<T>(IResolverContext context)
        where T : notnull =>
        context.Services.GetRequiredService<T>();

    public static T? OptionalService<T>(IResolverContext context) =>
        context.Services.GetService(typeof(T)) is T service ? service : default;
}
