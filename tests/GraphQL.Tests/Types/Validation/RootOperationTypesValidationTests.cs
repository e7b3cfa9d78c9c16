using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>§3.3.1 Root Operation Types.</summary>
public sealed class RootOperationTypesValidationTests
{
    [Fact]
    public void Default_root_type_names_are_used_without_a_schema_definition()
    {
        var schema = SchemaAssert.Valid("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");

        schema.QueryType.Name.Should().Be("Query");
        schema.MutationType!.Name.Should().Be("Mutation");
        schema.SubscriptionType!.Name.Should().Be("Subscription");
    }

    [Fact]
    public void A_schema_definition_names_the_root_types_and_disables_default_names()
    {
        var schema = SchemaAssert.Valid("schema { query: Root } type Root { a: Int } type Mutation { b: Int }");

        schema.QueryType.Name.Should().Be("Root");
        schema.MutationType.Should().BeNull();
    }

    [Fact]
    public void A_query_root_type_is_required()
    {
        SchemaAssert.Invalid("type Foo { a: Int }", "Query root type must be provided.");
        SchemaAssert.Invalid("schema { mutation: Foo } type Foo { a: Int }", "Query root type must be provided.");
    }

    [Fact]
    public void Root_types_must_be_object_types() =>
        SchemaAssert.Invalid(
            "schema { query: Query mutation: In } type Query { a: Int } input In { a: Int }",
            "Mutation root type must be Object type, it cannot be In.");

    [Fact]
    public void Root_types_must_be_different()
    {
        SchemaAssert.Invalid(
            "schema { query: Query mutation: Query } type Query { a: Int }",
            "All root types must be different, \"Query\" type is used as query and mutation root types.");
        SchemaAssert.Invalid(
            "schema { query: Query mutation: Query subscription: Query } type Query { a: Int }",
            "All root types must be different, \"Query\" type is used as query and mutation and subscription root types.");
    }

    [Fact]
    public void Root_types_set_in_code_must_be_different_too()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", Scalars.Int));
        SchemaAssert.Invalid(
            new SchemaBuilder().SetQueryType(query).SetSubscriptionType(query),
            "All root types must be different, \"Query\" type is used as query and subscription root types.");
    }

    [Fact]
    public void Only_one_schema_definition_and_one_type_per_operation()
    {
        SchemaAssert.Invalid("schema { query: Query } schema { query: Query } type Query { a: Int }", "Must provide only one schema definition.");
        SchemaAssert.Invalid("schema { query: Query query: Query } type Query { a: Int }", "There can be only one query type in schema.");
        SchemaAssert.Invalid(
            "schema { query: Query mutation: M } extend schema { mutation: M } type Query { a: Int } type M { a: Int }",
            "There can be only one mutation type in schema.");
    }

    [Fact]
    public void Root_types_must_exist() =>
        SchemaAssert.Invalid("schema { query: Nope } type Query { a: Int }", "Unknown type \"Nope\" referenced by schema.", "Query root type must be provided.");
}
