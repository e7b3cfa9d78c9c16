namespace GraphQL.Types.CodeFirst;

/// <summary>Keeps a property, method, input member or enum member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
public sealed class GraphQLIgnoreAttribute : Attribute
{
}
