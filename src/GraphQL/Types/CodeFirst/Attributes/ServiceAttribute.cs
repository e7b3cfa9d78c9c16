namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The parameter is a service of the request (<see cref="Execution.IResolverContext.Services"/>), not an argument. A
/// nullable parameter receives <c>null</c> when the service is not registered; otherwise it is required.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class ServiceAttribute : Attribute
{
}
