namespace GraphQL.Tests.Types;

/// <summary>§3.8 Unions, Type Validation.</summary>
public sealed class UnionValidationTests
{
    private const string Types = "type Query { u: U } type Dog { a: Int } type Cat { b: Int } interface Pet { a: Int } input In { a: Int }\n";

    [Fact]
    public void A_union_of_object_types_passes() => SchemaAssert.Valid(Types + "union U = Dog | Cat");

    [Fact]
    public void A_union_must_have_a_member() =>
        SchemaAssert.Invalid(Types + "union U", "Union type U must define one or more member types.");

    [Fact]
    public void An_extension_can_supply_the_members() =>
        SchemaAssert.Valid(Types + "union U extend union U = Dog");

    [Fact]
    public void Members_must_be_object_types() =>
        SchemaAssert.Invalid(Types + "union U = Dog | Pet | In | String",
            "Union type U can only include Object types, it cannot include Pet.",
            "Union type U can only include Object types, it cannot include In.",
            "Union type U can only include Object types, it cannot include String.");

    [Fact]
    public void Members_must_be_unique()
    {
        SchemaAssert.Invalid(Types + "union U = Dog | Cat | Dog", "Union type U can only include type Dog once.");
        SchemaAssert.Invalid(Types + "union U = Dog extend union U = Dog", "Union type U can only include type Dog once.");
    }

    [Fact]
    public void Members_must_exist() =>
        SchemaAssert.Invalid(Types + "union U = Dog | Ghost", "Unknown type \"Ghost\" referenced by U.");
}
