using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class MaxFieldCountRuleTests
{
    [Fact]
    public void Operations_within_the_maximum() => ExpectValid(new MaxFieldCountRule(4), """
        query Q { dog { name owner { name } } }
        mutation M { removePet(id: 1) }
        """);

    [Fact]
    public void Fields_of_fragments_count_each_time_they_are_spread() => ExpectErrors(new MaxFieldCountRule(5), """
        query Q {
          dog { ...Names owner { ...HumanNames } }
          cat { ... on Cat { ...Names } }
        }
        fragment Names on Pet { name nickname }
        fragment HumanNames on Human { name }
        """,
        (MaxFieldCountRule.Message("Q", 8, 5), 1, 1));

    [Fact]
    public void Fragment_bombs_saturate_instead_of_overflowing() => ExpectErrors(new MaxFieldCountRule(1000), MaxDepthRuleTests.FragmentBomb(levels: 40),
        (MaxFieldCountRule.Message(null, int.MaxValue, 1000), 1, 1));

    [Fact]
    public void Fragment_cycles_and_unknown_fragments_add_nothing() => ExpectValid(new MaxFieldCountRule(3), """
        { dog { ...A ...Unknown } }
        fragment A on Dog { name ...B }
        fragment B on Dog { nickname ...A }
        """);

    [Fact]
    public void Message() =>
        MaxFieldCountRule.Message(null, 12, 10).Should().Be("Anonymous operation selects 12 fields, which exceeds the maximum of 10.");
}
