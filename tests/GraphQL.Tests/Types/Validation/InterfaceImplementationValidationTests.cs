namespace GraphQL.Tests.Types;

/// <summary>
/// §3.6 Objects and §3.7 Interfaces, Type Validation: the rules of <c>IsValidImplementation()</c> and of the implements list.
/// </summary>
public sealed class InterfaceImplementationValidationTests
{
    private const string Query = "type Query { pet: Pet }\n";

    [Fact]
    public void A_valid_implementation_with_covariant_types_and_extra_optional_arguments_passes() =>
        SchemaAssert.Valid(Query + """
            interface Pet { name: String owner: Being friends: [Pet] }
            interface Being { name: String }
            type Human implements Being { name: String }
            type Dog implements Pet { name: String! owner: Human friends(first: Int, after: String = "x"): [Dog!]! }
            """);

    [Fact]
    public void Only_interfaces_can_be_implemented() =>
        SchemaAssert.Invalid(Query + "interface Pet { a: Int } type Dog implements Pet & Query { a: Int }",
            "Type Dog must only implement Interface types, it cannot implement Query.");

    [Fact]
    public void An_interface_can_be_implemented_only_once() =>
        SchemaAssert.Invalid(Query + "interface Pet { a: Int } type Dog implements Pet & Pet { a: Int }",
            "Type Dog can only implement Pet once.");

    [Fact]
    public void Every_interface_field_must_be_provided() =>
        SchemaAssert.Invalid(Query + "interface Pet { name: String age: Int } type Dog implements Pet { name: String }",
            "Interface field Pet.age expected but Dog does not provide it.");

    [Fact]
    public void Field_types_must_be_equal_or_covariant() =>
        SchemaAssert.Invalid(Query + """
            interface Pet { name: String! tags: [String] }
            type Dog implements Pet { name: Int tags: String }
            """,
            "Interface field Pet.name expects type String! but Dog.name is type Int.",
            "Interface field Pet.tags expects type [String] but Dog.tags is type String.");

    [Fact]
    public void A_nullable_field_cannot_implement_a_non_null_one() =>
        SchemaAssert.Invalid(Query + "interface Pet { name: String! } type Dog implements Pet { name: String }",
            "Interface field Pet.name expects type String! but Dog.name is type String.");

    [Fact]
    public void An_unrelated_object_type_is_not_covariant() =>
        SchemaAssert.Invalid(Query + """
            interface Pet { friend: Pet }
            type Dog implements Pet { friend: Cat }
            type Cat { a: Int }
            """,
            "Interface field Pet.friend expects type Pet but Dog.friend is type Cat.");

    [Fact]
    public void Interface_arguments_must_be_provided_with_the_same_type() =>
        SchemaAssert.Invalid(Query + """
            interface Pet { name(surname: Boolean, style: String!): String }
            type Dog implements Pet { name(style: String): String }
            """,
            "Interface field argument Pet.name(surname:) expected but Dog.name does not provide it.",
            "Interface field argument Pet.name(style:) expects type String! but Dog.name(style:) is type String.");

    [Fact]
    public void Extra_arguments_must_not_be_required()
    {
        SchemaAssert.Valid(Query + "interface Pet { name: String } type Dog implements Pet { name(a: Int, b: Int! = 1): String }");
        SchemaAssert.Invalid(Query + "interface Pet { name: String } type Dog implements Pet { name(a: Int!): String }",
            "Argument Dog.name(a:) must not be required type Int! if not provided by the Interface field Pet.name.");
    }

    [Fact]
    public void Interfaces_can_implement_interfaces() =>
        SchemaAssert.Valid(Query + """
            interface Node { id: ID! }
            interface Pet implements Node { id: ID! name: String }
            type Dog implements Pet & Node { id: ID! name: String }
            """);

    [Fact]
    public void An_interface_must_follow_the_rules_for_the_interfaces_it_implements() =>
        SchemaAssert.Invalid(Query + """
            interface Node { id: ID! }
            interface Pet implements Node { id: ID name: String }
            """,
            "Interface field Node.id expects type ID! but Pet.id is type ID.");

    [Fact]
    public void Transitively_implemented_interfaces_must_be_declared() =>
        SchemaAssert.Invalid(Query + """
            interface Node { id: ID! }
            interface Pet implements Node { id: ID! }
            type Dog implements Pet { id: ID! }
            """,
            "Type Dog must implement Node because it is implemented by Pet.");

    [Fact]
    public void An_interface_cannot_implement_itself() =>
        SchemaAssert.Invalid(Query + "interface Pet implements Pet { a: Int }",
            "Type Pet cannot implement itself because it would create a circular reference.");

    [Fact]
    public void Interfaces_cannot_implement_each_other_in_a_cycle() =>
        SchemaAssert.Invalid(Query + """
            interface Pet implements Animal & Pet2 { a: Int }
            interface Animal implements Pet & Pet2 { a: Int }
            interface Pet2 implements Animal & Pet { a: Int }
            """,
            "Type Pet cannot implement Animal because it would create a circular reference.",
            "Type Pet cannot implement Pet2 because it would create a circular reference.",
            "Type Animal cannot implement Pet because it would create a circular reference.",
            "Type Animal cannot implement Pet2 because it would create a circular reference.",
            "Type Pet2 cannot implement Animal because it would create a circular reference.",
            "Type Pet2 cannot implement Pet because it would create a circular reference.");

    [Fact]
    public void A_two_interface_cycle_is_reported_from_both_sides() =>
        SchemaAssert.Invalid(Query + "interface Pet implements Animal { a: Int } interface Animal implements Pet { a: Int }",
            "Type Pet cannot implement Animal because it would create a circular reference.",
            "Type Animal cannot implement Pet because it would create a circular reference.");

    [Fact]
    public void Implementing_an_unknown_interface_fails() =>
        SchemaAssert.Invalid(Query + "interface Pet { a: Int } type Dog implements Pet & Ghost { a: Int }",
            "Unknown type \"Ghost\" referenced by Dog.");
}
