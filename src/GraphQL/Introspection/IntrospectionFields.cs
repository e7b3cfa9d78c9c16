using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>
/// The meta-fields every operation may select without the schema declaring them
/// (<see href="https://spec.graphql.org/September2025/#sec-Schema-Introspection">§4.2 Schema Introspection</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Type-Name-Introspection">§4.3 Type Name Introspection</see>):
/// <c>__typename</c> on every object, interface and union, <c>__schema</c> and <c>__type(name:)</c> on the query root.
/// </summary>
public static class IntrospectionFields
{
    /// <summary><c>__typename: String!</c>; the executor answers it without a resolver.</summary>
    public static FieldDefinition TypeName { get; } = Frozen(new FieldDefinition(
        "__typename", new NonNullType(Scalars.String), "The name of the current Object type at runtime."));

    /// <summary><c>__schema: __Schema!</c>.</summary>
    public static FieldDefinition Schema { get; } = Frozen(new FieldDefinition(
            "__schema", new NonNullType(IntrospectionTypes.Schema), "Access the current type schema of this server.")
        .Resolve(static context => IntrospectionAllowed(context) ? context.Schema : null));

    /// <summary><c>__type(name: String!): __Type</c>.</summary>
    public static FieldDefinition Type { get; } = Frozen(new FieldDefinition(
            "__type", IntrospectionTypes.Type, "Request the type information of a single type.")
        .AddArgument(new InputValueDefinition("name", new NonNullType(Scalars.String)))
        .Resolve(static context => IntrospectionAllowed(context) ? context.Schema.GetType(context.ArgumentValue<string>("name")) : null));

    /// <summary>Throws <see cref="ErrorCodes.IntrospectionDisabled"/> when the executor's options switch introspection off (for everyone or for this request).</summary>
    private static bool IntrospectionAllowed(IResolverContext context)
    {
        if (context is ResolverContext { Scope.Options: var options }
            && (!options.EnableIntrospection || options.IntrospectionAllowed?.Invoke(context) == false))
        {
            throw new GraphQLException(ExecutionErrors.IntrospectionDisabled(context.Selection, context.Path));
        }

        return true;
    }

    private static FieldDefinition Frozen(FieldDefinition field)
    {
        field.Freeze();
        return field;
    }
}
