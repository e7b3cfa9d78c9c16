using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void No_fragments() => ExpectValid(Rule, "{ dog { name } }");

    [Fact]
    public void Fragments_with_different_names_and_inline_fragments() => ExpectValid(Rule, """
        { dog { ...fragA ...fragB ... on Dog { name } ... on Dog { nickname } } }
        fragment fragA on Dog { name }
        fragment fragB on Dog { nickname }
        """);

    [Fact]
    public void A_fragment_and_an_operation_may_share_a_name() => ExpectValid(Rule, """
        query Foo { ...Foo }
        fragment Foo on Query { dog { name } }
        """);

    [Fact]
    public void Fragments_with_the_same_name() => ExpectErrorsWithLocations(Rule, """
        { dog { ...fragA } }
        fragment fragA on Dog { name }
        fragment fragA on Dog { nickname }
        fragment fragA on Pet { id }
        """,
        (UniqueFragmentNamesRule.Message("fragA"), [(2, 10), (3, 10)]),
        (UniqueFragmentNamesRule.Message("fragA"), [(2, 10), (4, 10)]));

    [Fact]
    public void Message() => UniqueFragmentNamesRule.Message("F").Should().Be("There can be only one fragment named \"F\".");
}
