using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private const string Fragments = """

        fragment dogFragment on Dog { barkVolume }
        fragment humanFragment on Human { name }
        fragment petFragment on Pet { name }
        fragment beingFragment on Being { name }
        fragment sentientFragment on Sentient { name }
        fragment catOrDogFragment on CatOrDog { __typename }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """;

    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Theory]
    [InlineData("fragment objectWithinObject on Dog { ...dogFragment }")]
    [InlineData("fragment objectWithinObjectInline on Dog { ... on Dog { barkVolume } }")]
    [InlineData("fragment objectWithinInterface on Pet { ...dogFragment }")]
    [InlineData("fragment objectWithinUnion on CatOrDog { ...dogFragment }")]
    [InlineData("fragment unionWithinObject on Dog { ...catOrDogFragment }")]
    [InlineData("fragment unionWithinInterface on Pet { ...catOrDogFragment }")]
    [InlineData("fragment unionWithinOverlappingUnion on DogOrHuman { ...catOrDogFragment }")]
    [InlineData("fragment interfaceWithinObject on Dog { ...petFragment }")]
    [InlineData("fragment interfaceWithinImplementedInterface on Pet { ...beingFragment }")]
    [InlineData("fragment interfaceWithinImplementingInterface on Being { ...sentientFragment }")]
    [InlineData("fragment interfaceWithinUnion on CatOrDog { ...petFragment }")]
    [InlineData("fragment inlineWithoutTypeCondition on Pet { ... { name } }")]
    [InlineData("fragment unknownFragmentAndType on Dog { ...unknown ... on Unknown { name } }")]
    public void Spreads_that_can_apply(string fragment) => ExpectValid(Rule, fragment + Fragments);

    [Fact]
    public void Object_within_another_object() => ExpectErrors(Rule, """
        fragment invalidObjectWithinObject on Cat {
          ...dogFragment
          ... on Dog { barkVolume }
        }
        """ + Fragments,
        (PossibleFragmentSpreadsRule.FragmentSpreadMessage("dogFragment", "Cat", "Dog"), 2, 3),
        (PossibleFragmentSpreadsRule.InlineFragmentMessage("Cat", "Dog"), 3, 3));

    [Fact]
    public void Object_within_an_interface_or_union_it_is_not_part_of() => ExpectErrors(Rule, """
        fragment F on Query {
          pet { ...humanFragment }
          catOrDog { ...humanFragment }
        }
        """ + Fragments,
        (PossibleFragmentSpreadsRule.FragmentSpreadMessage("humanFragment", "Pet", "Human"), 2, 9),
        (PossibleFragmentSpreadsRule.FragmentSpreadMessage("humanFragment", "CatOrDog", "Human"), 3, 14));

    [Fact]
    public void Unions_that_cannot_apply() => ExpectErrors(Rule, """
        fragment F on Query {
          human(id: 1) { ...catOrDogFragment }
          pet { ...humanOrAlienFragment }
          catOrDog { ...humanOrAlienFragment }
        }
        """ + Fragments,
        (PossibleFragmentSpreadsRule.FragmentSpreadMessage("catOrDogFragment", "Human", "CatOrDog"), 2, 18),
        (PossibleFragmentSpreadsRule.FragmentSpreadMessage("humanOrAlienFragment", "Pet", "HumanOrAlien"), 3, 9),
        (PossibleFragmentSpreadsRule.FragmentSpreadMessage("humanOrAlienFragment", "CatOrDog", "HumanOrAlien"), 4, 14));

    [Fact]
    public void Interfaces_that_cannot_apply() => ExpectErrors(Rule, """
        fragment F on Query {
          cat { ...sentientFragment }
          pet { ...sentientFragment }
          catOrDog { ... on Sentient { name } }
        }
        """ + Fragments,
        (PossibleFragmentSpreadsRule.FragmentSpreadMessage("sentientFragment", "Cat", "Sentient"), 2, 9),
        (PossibleFragmentSpreadsRule.FragmentSpreadMessage("sentientFragment", "Pet", "Sentient"), 3, 9),
        (PossibleFragmentSpreadsRule.InlineFragmentMessage("CatOrDog", "Sentient"), 4, 14));

    [Fact]
    public void Messages()
    {
        PossibleFragmentSpreadsRule.FragmentSpreadMessage("f", "Cat", "Dog")
            .Should().Be("Fragment \"f\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".");
        PossibleFragmentSpreadsRule.InlineFragmentMessage("Cat", "Dog")
            .Should().Be("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".");
    }
}
