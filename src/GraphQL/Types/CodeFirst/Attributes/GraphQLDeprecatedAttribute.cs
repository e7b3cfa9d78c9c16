namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Marks a field, argument, input field or enum value <c>@deprecated(reason:)</c>. <see cref="ObsoleteAttribute"/> does the
/// same, with its message as the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field, Inherited = false)]
public sealed class GraphQLDeprecatedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
