namespace GraphQL.Types.CodeFirst;

/// <summary>Makes the outermost GraphQL type of a field, argument or input field non-null, whatever the C# annotation says.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class GraphQLNonNullAttribute : Attribute
{
}
