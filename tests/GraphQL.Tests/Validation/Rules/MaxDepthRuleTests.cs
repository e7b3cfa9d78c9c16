using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class MaxDepthRuleTests
{
    [Fact]
    public void Root_fields_are_at_depth_one() => ExpectValid(new MaxDepthRule(1), "{ petCount __typename }");

    [Fact]
    public void Operations_at_the_maximum_depth() => ExpectValid(new MaxDepthRule(3), """
        query Q { dog { owner { name } } }
        mutation M { addPet(input: { name: "Rex", kind: DOG }) { owner { id } } }
        """);

    [Fact]
    public void An_operation_deeper_than_the_maximum() => ExpectErrors(new MaxDepthRule(2), """
        query Deep { dog { owner { name } } }
        query Shallow { dog { name } }
        """,
        (MaxDepthRule.Message("Deep", 3, 2), 1, 1));

    [Fact]
    public void Fragments_count_where_they_are_spread_and_inline_fragments_add_no_depth() => ExpectErrors(new MaxDepthRule(3), """
        {
          human(id: 1) {
            ... on Human { pets { ...PetOwner } }
          }
        }
        fragment PetOwner on Pet { owner { ...Named } }
        fragment Named on Being { name }
        """,
        (MaxDepthRule.Message(null, 4, 3), 1, 1));

    [Fact]
    public void Introspection_fields_count() => ExpectErrors(new MaxDepthRule(4), """
        { __schema { types { fields { type { name } } } } }
        """,
        (MaxDepthRule.Message(null, 5, 4), 1, 1));

    [Fact]
    public void Fragment_cycles_and_unknown_fragments_end_the_count() => ExpectValid(new MaxDepthRule(2), """
        { dog { ...A ...Unknown } }
        fragment A on Dog { name ...B }
        fragment B on Dog { nickname ...A }
        """);

    [Fact]
    public void Repeatedly_spread_fragments_are_measured_once() =>
        ExpectValid(new MaxDepthRule(10), FragmentBomb(levels: 30));

    [Fact]
    public void The_maximum_must_be_positive()
    {
        var create = () => new MaxDepthRule(0);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Message() =>
        MaxDepthRule.Message("Q", 7, 5).Should().Be("Operation \"Q\" has a depth of 7, which exceeds the maximum allowed depth of 5.");

    /// <summary>Each fragment spreads the next one twice: 2^levels spreads once expanded, but only 2 fields deep.</summary>
    internal static string FragmentBomb(int levels)
    {
        var text = "{ dog { ...F0 } }\n";
        for (var i = 0; i < levels; i++)
        {
            text += $"fragment F{i} on Dog {{ name ...F{i + 1} ...F{i + 1} }}\n";
        }

        return text + $"fragment F{levels} on Dog {{ name }}\n";
    }
}
