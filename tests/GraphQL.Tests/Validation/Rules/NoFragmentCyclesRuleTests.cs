using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void Spreads_without_cycles() => ExpectValid(Rule, """
        fragment fragA on Dog { ...fragB ...fragB ...fragC }
        fragment fragB on Dog { name ...fragC }
        fragment fragC on Dog { name }
        fragment nameFragment on Pet { ... on Dog { name } ... on Cat { name } }
        fragment spreadsInAnon on Pet { ... on Dog { ...nameFragment } ... on Cat { ...nameFragment } }
        """);

    [Fact]
    public void Spreads_of_unknown_fragments_are_ignored() => ExpectValid(Rule, "fragment fragA on Dog { ...unknown }");

    [Fact]
    public void A_fragment_spreading_itself() => ExpectErrors(Rule, """
        fragment fragA on Dog { ...fragA }
        fragment fragB on Pet { ... on Dog { ...fragB } }
        """,
        (NoFragmentCyclesRule.Message("fragA", []), 1, 25),
        (NoFragmentCyclesRule.Message("fragB", []), 2, 38));

    [Fact]
    public void Two_fragments_spreading_each_other_are_reported_once() => ExpectErrorsWithLocations(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragA }
        """,
        (NoFragmentCyclesRule.Message("fragA", ["fragB"]), [(1, 25), (2, 25)]));

    [Fact]
    public void The_cycle_is_named_after_the_first_fragment_defined() => ExpectErrorsWithLocations(Rule, """
        fragment fragB on Dog { ...fragA }
        fragment fragA on Dog { ...fragB }
        """,
        (NoFragmentCyclesRule.Message("fragB", ["fragA"]), [(1, 25), (2, 25)]));

    [Fact]
    public void Deep_cycles_are_each_reported() => ExpectErrorsWithLocations(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragO }
        fragment fragX on Dog { ...fragY }
        fragment fragY on Dog { ...fragZ }
        fragment fragZ on Dog { ...fragO }
        fragment fragO on Dog { ...fragP }
        fragment fragP on Dog { ...fragA, ...fragX }
        """,
        (NoFragmentCyclesRule.Message("fragA", ["fragB", "fragC", "fragO", "fragP"]), [(1, 25), (2, 25), (3, 25), (7, 25), (8, 25)]),
        (NoFragmentCyclesRule.Message("fragO", ["fragP", "fragX", "fragY", "fragZ"]), [(7, 25), (8, 35), (4, 25), (5, 25), (6, 25)]));

    [Fact]
    public void Several_cycles_through_one_fragment() => ExpectErrorsWithLocations(Rule, """
        fragment fragA on Dog { ...fragB, ...fragC }
        fragment fragB on Dog { ...fragA }
        fragment fragC on Dog { ...fragA }
        """,
        (NoFragmentCyclesRule.Message("fragA", ["fragB"]), [(1, 25), (2, 25)]),
        (NoFragmentCyclesRule.Message("fragA", ["fragC"]), [(1, 35), (3, 25)]));

    [Fact]
    public void A_cycle_inside_a_cycle() => ExpectErrorsWithLocations(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragB, ...fragC }
        fragment fragC on Dog { ...fragA, ...fragB }
        """,
        (NoFragmentCyclesRule.Message("fragB", []), [(2, 25)]),
        (NoFragmentCyclesRule.Message("fragA", ["fragB", "fragC"]), [(1, 25), (2, 35), (3, 25)]),
        (NoFragmentCyclesRule.Message("fragB", ["fragC"]), [(2, 35), (3, 35)]));

    [Fact]
    public void Messages()
    {
        NoFragmentCyclesRule.Message("A", []).Should().Be("Cannot spread fragment \"A\" within itself.");
        NoFragmentCyclesRule.Message("A", ["B", "C"]).Should().Be("Cannot spread fragment \"A\" within itself via \"B\", \"C\".");
    }
}
