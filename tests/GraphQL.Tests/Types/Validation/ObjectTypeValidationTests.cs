using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>§3.6 Objects, Type Validation (fields and arguments; interfaces are in <see cref="InterfaceImplementationValidationTests"/>).</summary>
public sealed class ObjectTypeValidationTests
{
    [Fact]
    public void An_object_type_must_define_at_least_one_field()
    {
        SchemaAssert.Invalid("type Query { a: Empty } type Empty", "Type Empty must define one or more fields.");
        SchemaAssert.Valid("type Query { a: Filled } type Filled extend type Filled { b: Int }");
    }

    [Fact]
    public void An_interface_type_must_define_at_least_one_field() =>
        SchemaAssert.Invalid("type Query { a: Empty } interface Empty", "Type Empty must define one or more fields.");

    [Fact]
    public void Field_names_must_be_unique() =>
        SchemaAssert.Invalid("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.");

    [Fact]
    public void Field_names_must_be_unique_across_extensions() =>
        SchemaAssert.Invalid("type Query { a: Int } extend type Query { a: Int }", "Field \"Query.a\" can only be defined once.");

    [Fact]
    public void Argument_names_must_be_unique() =>
        SchemaAssert.Invalid("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.");

    [Fact]
    public void Field_types_must_be_output_types()
    {
        SchemaAssert.Valid("type Query { a: Int b: [Query!] c: E d: U e: I } enum E { A } union U = Query interface I { a: Int }");
        SchemaAssert.Invalid("type Query { a: [In!] } input In { a: Int }", "The type of Query.a must be Output Type but got: [In!].");
    }

    [Fact]
    public void Field_types_must_be_output_types_in_code_too()
    {
        var input = new InputObjectType("In");
        input.AddField(new InputValueDefinition("a", Scalars.Int));
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", input.List()));

        SchemaAssert.Invalid(new SchemaBuilder().SetQueryType(query), "The type of Query.a must be Output Type but got: [In].");
    }

    [Fact]
    public void Argument_types_must_be_input_types()
    {
        SchemaAssert.Valid("type Query { a(x: Int, y: [E!]!, z: In): Int } enum E { A } input In { a: Int }");
        SchemaAssert.Invalid("type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.");
    }

    [Fact]
    public void Argument_types_must_be_input_types_in_code_too()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", Scalars.Int)).AddArgument(new InputValueDefinition("x", query.NonNull().List()));

        SchemaAssert.Invalid(new SchemaBuilder().SetQueryType(query), "The type of Query.a(x:) must be Input Type but got: [Query!].");
    }

    [Fact]
    public void Required_arguments_must_not_be_deprecated()
    {
        SchemaAssert.Valid("type Query { a(x: Int @deprecated, y: Int! = 1 @deprecated): Int }");
        SchemaAssert.Invalid("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.");
    }

    [Fact]
    public void Referenced_types_must_exist() =>
        SchemaAssert.Invalid(
            "type Query { a: Nope b(x: [Missing]): Int }",
            "Unknown type \"Nope\" referenced by Query.a.",
            "Unknown type \"Missing\" referenced by Query.b(x:).");

    [Fact]
    public void Type_names_must_be_unique()
    {
        SchemaAssert.Invalid("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".");
        SchemaAssert.Invalid("type Query { a: Int } type String { b: Int }", "Built-in scalar \"String\" cannot be redefined or extended.");
    }

    [Fact]
    public void Two_different_type_instances_with_one_name_are_rejected()
    {
        var first = new ObjectType("Dog");
        first.AddField(new FieldDefinition("a", Scalars.Int));
        var second = new ObjectType("Dog");
        second.AddField(new FieldDefinition("b", Scalars.Int));
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("first", first));
        query.AddField(new FieldDefinition("second", second));

        SchemaAssert.Invalid(new SchemaBuilder().SetQueryType(query), "Schema must contain uniquely named types but contains multiple types named \"Dog\".");
    }
}
