using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// The fields every selection set may ask for without its type declaring them
/// (<see href="https://spec.graphql.org/September2025/#sec-Type-Name-Introspection">Type Name Introspection</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Schema-Introspection">Schema Introspection</see>):
/// <c>__typename</c> on every composite type, <c>__schema</c> and <c>__type(name:)</c> on the query root type.
/// </summary>
/// <remarks>
/// <c>__schema</c> and <c>__type</c> exist only when the schema holds the <c>__Schema</c> and <c>__Type</c> types the
/// introspection layer adds; their definitions are built once per schema.
/// </remarks>
internal static class MetaFields
{
    private static readonly ConditionalWeakTable<Schema, RootFields> RootFieldsBySchema = [];

    public static FieldDefinition TypeName { get; } = Frozen(new FieldDefinition(
        "__typename", new NonNullType(Scalars.String), "The name of the current Object type at runtime."));

    /// <summary>The meta field named <paramref name="name"/> on <paramref name="parentType"/>, or <c>null</c>.</summary>
    public static FieldDefinition? Find(Schema schema, ICompositeType parentType, string name)
    {
        switch (name)
        {
            case "__typename":
                return TypeName;
            case "__schema" when ReferenceEquals(parentType, schema.QueryType):
                return RootFieldsBySchema.GetValue(schema, static s => new RootFields(s)).Schema;
            case "__type" when ReferenceEquals(parentType, schema.QueryType):
                return RootFieldsBySchema.GetValue(schema, static s => new RootFields(s)).Type;
            default:
                return null;
        }
    }

    private static FieldDefinition Frozen(FieldDefinition field)
    {
        field.Freeze();
        return field;
    }

    private sealed class RootFields
    {
        public RootFields(Schema schema)
        {
            if (schema.GetType("__Schema") is ObjectType schemaType)
            {
                Schema = Frozen(new FieldDefinition("__schema", new NonNullType(schemaType), "Access the current type schema of this server."));
            }

            if (schema.GetType("__Type") is ObjectType typeType)
            {
                Type = Frozen(new FieldDefinition("__type", typeType, "Request the type information of a single type.")
                    .AddArgument(new InputValueDefinition("name", new NonNullType(Scalars.String))));
            }
        }

        public FieldDefinition? Schema { get; }

        public FieldDefinition? Type { get; }
    }
}
