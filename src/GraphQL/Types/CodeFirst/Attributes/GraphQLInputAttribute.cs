namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Marks a class as an input object, so <see cref="CodeFirstSchemaBuilder.AddType{T}"/> adds it as one. Optional for a
/// class used as an argument, which becomes an input object anyway, named after the class with an <c>Input</c> suffix.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class GraphQLInputAttribute : Attribute
{
}
