namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The parameter receives the parent object (<see cref="Execution.IResolverContext.Parent"/>): the object whose field is
/// resolved, or a subscription's event in its per-event resolver.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class ParentAttribute : Attribute
{
}
