using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void Scalar_and_enum_fields_without_selections() =>
        ExpectValid(Rule, "{ dog { barks furColor name } petCount __typename }");

    [Fact]
    public void Composite_fields_with_selections() =>
        ExpectValid(Rule, "{ pet { name } catOrDog { __typename } human(id: 1) { pets { name } } }");

    [Fact]
    public void Unknown_fields_are_left_to_another_rule() => ExpectValid(Rule, "{ unknown unknownToo { x } }");

    [Fact]
    public void Object_interface_union_and_list_fields_without_selections() => ExpectErrors(Rule, """
        query directQueryOnObjectWithoutSubFields {
          human(id: 1)
          pet
          catOrDog
          search(text: "x")
        }
        """,
        (ScalarLeafsRule.RequiredSubselectionMessage("human", "Human"), 2, 3),
        (ScalarLeafsRule.RequiredSubselectionMessage("pet", "Pet"), 3, 3),
        (ScalarLeafsRule.RequiredSubselectionMessage("catOrDog", "CatOrDog"), 4, 3),
        (ScalarLeafsRule.RequiredSubselectionMessage("search", "[SearchResult!]!"), 5, 3));

    [Fact]
    public void Scalar_and_enum_fields_with_selections() => ExpectErrors(Rule, """
        {
          dog {
            barks { sinceWhen }
            furColor { name }
          }
          petCount { value }
          __typename { name }
        }
        """,
        (ScalarLeafsRule.NoSubselectionAllowedMessage("barks", "Boolean"), 3, 11),
        (ScalarLeafsRule.NoSubselectionAllowedMessage("furColor", "FurColor"), 4, 14),
        (ScalarLeafsRule.NoSubselectionAllowedMessage("petCount", "Long!"), 6, 12),
        (ScalarLeafsRule.NoSubselectionAllowedMessage("__typename", "String!"), 7, 14));

    [Fact]
    public void Messages()
    {
        ScalarLeafsRule.NoSubselectionAllowedMessage("barks", "Boolean")
            .Should().Be("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.");
        ScalarLeafsRule.RequiredSubselectionMessage("human", "Human")
            .Should().Be("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?");
    }
}
