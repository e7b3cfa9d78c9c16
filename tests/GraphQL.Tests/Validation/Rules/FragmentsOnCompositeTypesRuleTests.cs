using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Fragments_on_objects_interfaces_and_unions() => ExpectValid(Rule, """
        fragment validFragment on Dog { barks }
        fragment validInterface on Pet { name }
        fragment validUnion on CatOrDog { __typename }
        """);

    [Fact]
    public void Inline_fragments_with_and_without_type_condition() => ExpectValid(Rule, """
        fragment validFragment on Pet {
          ... on Dog { barks }
          ... { name }
        }
        """);

    [Fact]
    public void Unknown_types_are_left_to_another_rule() => ExpectValid(Rule, "fragment F on Unknown { a ... on Missing { b } }");

    [Fact]
    public void Fragments_on_scalars_enums_and_input_objects() => ExpectErrors(Rule, """
        fragment scalarFragment on Boolean { bad }
        fragment enumFragment on FurColor { bad }
        fragment inputFragment on ComplexInput { stringField }
        """,
        (FragmentsOnCompositeTypesRule.FragmentMessage("scalarFragment", "Boolean"), 1, 28),
        (FragmentsOnCompositeTypesRule.FragmentMessage("enumFragment", "FurColor"), 2, 26),
        (FragmentsOnCompositeTypesRule.FragmentMessage("inputFragment", "ComplexInput"), 3, 27));

    [Fact]
    public void Inline_fragments_on_scalars() => ExpectErrors(Rule, """
        fragment invalidFragment on Pet {
          ... on String { barks }
        }
        """,
        (FragmentsOnCompositeTypesRule.InlineFragmentMessage("String"), 2, 10));

    [Fact]
    public void Messages()
    {
        FragmentsOnCompositeTypesRule.FragmentMessage("F", "Int").Should().Be("Fragment \"F\" cannot condition on non composite type \"Int\".");
        FragmentsOnCompositeTypesRule.InlineFragmentMessage("Int").Should().Be("Fragment cannot condition on non composite type \"Int\".");
    }
}
