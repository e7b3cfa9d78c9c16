using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>§3.10 Input Objects, Type Validation, including OneOf Input Objects.</summary>
public sealed class InputObjectValidationTests
{
    private const string Query = "type Query { f(in: In): Int }\n";

    [Fact]
    public void An_input_object_with_input_fields_passes() =>
        SchemaAssert.Valid(Query + "input In { a: Int b: [String!]! c: E d: In2 } enum E { A } input In2 { x: Int = 1 }");

    [Fact]
    public void An_input_object_must_have_a_field() =>
        SchemaAssert.Invalid(Query + "input In", "Input Object type In must define one or more fields.");

    [Fact]
    public void Field_names_must_be_unique() =>
        SchemaAssert.Invalid(Query + "input In { a: Int a: Int }", "Field \"In.a\" can only be defined once.");

    [Fact]
    public void Fields_must_be_input_types() =>
        SchemaAssert.Invalid(Query + "input In { a: Query b: [Query] }",
            "The type of In.a must be Input Type but got: Query.",
            "The type of In.b must be Input Type but got: [Query].");

    [Fact]
    public void Required_fields_must_not_be_deprecated()
    {
        SchemaAssert.Valid(Query + "input In { a: Int @deprecated b: Int! = 1 @deprecated }");
        SchemaAssert.Invalid(Query + "input In { a: Int! @deprecated }", "Required input field In.a cannot be deprecated.");
    }

    [Fact]
    public void A_self_reference_through_a_nullable_or_list_field_is_fine() =>
        SchemaAssert.Valid(Query + "input In { self: In list: [In!]! other: Other! } input Other { back: In }");

    [Fact]
    public void A_direct_non_null_self_reference_is_a_cycle() =>
        SchemaAssert.Invalid(Query + "input In { self: In! }",
            "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".");

    [Fact]
    public void An_indirect_non_null_cycle_is_reported_once_with_its_path() =>
        SchemaAssert.Invalid(Query + "input In { b: B! } input B { c: C! } input C { in: In! other: Int }",
            "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"b.c.in\".");

    [Fact]
    public void A_one_of_input_object_with_nullable_fields_without_defaults_passes()
    {
        var schema = SchemaAssert.Valid(Query + "input In @oneOf { a: Int b: String }");
        schema.GetType<InputObjectType>("In")!.IsOneOf.Should().BeTrue();
    }

    [Fact]
    public void One_of_fields_must_be_nullable() =>
        SchemaAssert.Invalid(Query + "input In @oneOf { a: Int! b: String }", "OneOf input field In.a must be nullable.");

    [Fact]
    public void One_of_fields_must_not_have_a_default_value() =>
        SchemaAssert.Invalid(Query + "input In @oneOf { a: Int = 1 b: String }", "OneOf input field In.a cannot have a default value.");

    [Fact]
    public void Default_values_must_fit_their_types() =>
        SchemaAssert.Invalid(Query + """
            input In { a: Int = "one" b: [Int!] = [1, null] c: In2 = {} }
            input In2 { x: Int! }
            """,
            "In.a has invalid default value: Expected value of type \"Int\", found \"one\"; Int cannot represent non-integer value: \"one\"",
            "In.b has invalid default value: At \"[1]\": Expected value of type \"Int!\", found null.",
            "In.c has invalid default value: Field \"x\" of required type \"Int!\" was not provided.");

    [Fact]
    public void Argument_default_values_must_fit_their_types() =>
        SchemaAssert.Invalid("type Query { f(a: Boolean = 1, e: E = C): Int } enum E { A }",
            "Query.f(a:) has invalid default value: Expected value of type \"Boolean\", found 1; Boolean cannot represent a non boolean value: 1",
            "Query.f(e:) has invalid default value: Expected value of type \"E\", found C; Value \"C\" does not exist in \"E\" enum.");

    [Fact]
    public void A_default_value_that_contains_itself_is_reported_instead_of_recursing_forever() =>
        SchemaAssert.Invalid(Query + "input In { a: In = {} b: Int }",
            "In.a has invalid default value: The default value of In.a refers to itself.");
}
