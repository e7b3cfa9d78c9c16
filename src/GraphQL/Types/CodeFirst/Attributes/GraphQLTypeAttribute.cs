namespace GraphQL.Types.CodeFirst;

/// <summary>
/// On a member or parameter: the GraphQL named type to use instead of the one derived from the CLR type, keeping the
/// list and null wrappers: a <see cref="ScalarType"/> class (<c>[GraphQLType(typeof(IdType))]</c>) or the name of a type
/// of the code-first schema (<c>[GraphQLType("SearchResult")]</c>, e.g. a union).
/// On a resolver class given to <see cref="CodeFirstSchemaBuilder.BindResolvers{TResolvers}()"/>: the SDL type whose
/// fields its members resolve (<c>[GraphQLType("Query")]</c>).
/// </summary>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter,
    Inherited = false)]
public sealed class GraphQLTypeAttribute : Attribute
{
    public GraphQLTypeAttribute(Type scalarType)
    {
        ArgumentNullException.ThrowIfNull(scalarType);
        ScalarType = scalarType;
    }

    public GraphQLTypeAttribute(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        TypeName = typeName;
    }

    /// <summary>A class deriving from <see cref="Types.ScalarType"/> with a parameterless constructor.</summary>
    public Type? ScalarType { get; }

    public string? TypeName { get; }
}
