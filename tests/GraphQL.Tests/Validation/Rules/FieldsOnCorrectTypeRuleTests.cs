using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void Object_fields_and_aliases() => ExpectValid(Rule, """
        fragment objectFieldSelection on Dog { __typename name tbd: barkVolume otherName: name }
        """);

    [Fact]
    public void Interface_fields() => ExpectValid(Rule, "fragment interfaceFieldSelection on Pet { __typename name owner { name } }");

    [Fact]
    public void Typename_on_a_union_and_fields_in_inline_fragments() => ExpectValid(Rule, """
        fragment unionSelection on CatOrDog { __typename ... on Dog { name barkVolume } ... on Cat { meows } }
        """);

    [Fact]
    public void Root_fields_of_every_operation() => ExpectValid(Rule, """
        query Q { __typename dog { name } }
        mutation M { removePet(id: 1) }
        subscription S { petAdded { name } }
        """);

    [Fact]
    public void An_unknown_field_with_a_similar_name() => ExpectErrors(Rule, """
        fragment fieldNotDefined on Dog {
          meowVolume
        }
        """,
        (FieldsOnCorrectTypeRule.Message("meowVolume", "Dog", suggestedFields: ["barkVolume"]), 2, 3));

    [Fact]
    public void An_unknown_field_below_an_unknown_field_is_not_reported_again() => ExpectErrors(Rule, """
        fragment deepFieldNotDefined on Dog {
          unknownField { deeperUnknownField }
        }
        """,
        (FieldsOnCorrectTypeRule.Message("unknownField", "Dog"), 2, 3));

    [Fact]
    public void An_unknown_subfield() => ExpectErrors(Rule, """
        fragment subFieldNotDefined on Human {
          pets { unknownField }
        }
        """,
        (FieldsOnCorrectTypeRule.Message("unknownField", "Pet"), 2, 10));

    [Fact]
    public void An_unknown_field_in_an_inline_fragment_and_behind_an_alias() => ExpectErrors(Rule, """
        fragment F on Pet {
          ... on Dog { meowVolume }
          volume: mooVolume
        }
        """,
        (FieldsOnCorrectTypeRule.Message("meowVolume", "Dog", suggestedFields: ["barkVolume"]), 2, 16),
        (FieldsOnCorrectTypeRule.Message("mooVolume", "Pet"), 3, 3));

    [Fact]
    public void A_field_only_some_possible_types_define_suggests_those_types() => ExpectErrors(Rule, """
        fragment F on CatOrDog { meowVolume }
        """,
        (FieldsOnCorrectTypeRule.Message("meowVolume", "CatOrDog", suggestedTypes: ["Cat"]), 1, 26));

    [Fact]
    public void Suggested_types_come_most_used_first_and_interfaces_before_their_implementations() => ExpectErrors(Rule, """
        fragment F on CatOrDog { name }
        """,
        (FieldsOnCorrectTypeRule.Message("name", "CatOrDog", suggestedTypes: ["Being", "Pet", "Canine", "Cat", "Dog"]), 1, 26));

    [Fact]
    public void A_field_no_type_defines_on_a_union_suggests_nothing() => ExpectErrors(Rule, """
        fragment F on CatOrDog { directField }
        """,
        (FieldsOnCorrectTypeRule.Message("directField", "CatOrDog"), 1, 26));

    [Fact]
    public void An_unknown_root_field() => ExpectErrors(Rule, "{ dogs { name } }", (FieldsOnCorrectTypeRule.Message("dogs", "Query", suggestedFields: ["dog"]), 1, 3));

    [Fact]
    public void Fields_on_an_unknown_type_are_not_reported() => ExpectValid(Rule, "fragment F on Unknown { anything }");

    [Fact]
    public void Messages()
    {
        FieldsOnCorrectTypeRule.Message("f", "T").Should().Be("Cannot query field \"f\" on type \"T\".");
        FieldsOnCorrectTypeRule.Message("f", "T", suggestedTypes: ["A", "B"])
            .Should().Be("Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?");
        FieldsOnCorrectTypeRule.Message("f", "T", suggestedFields: ["g"]).Should().Be("Cannot query field \"f\" on type \"T\". Did you mean \"g\"?");
    }
}
