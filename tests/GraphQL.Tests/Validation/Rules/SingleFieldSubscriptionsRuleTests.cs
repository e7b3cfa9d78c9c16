using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void One_root_field() => ExpectValid(Rule, "subscription S { petAdded { name } }");

    [Fact]
    public void One_root_field_through_fragments() => ExpectValid(Rule, """
        subscription S { ...F }
        fragment F on Subscription { ... on Subscription { petAdded { name } } }
        """);

    [Fact]
    public void The_same_response_name_twice_is_one_field() => ExpectValid(Rule, """
        subscription S {
          petAdded { name }
          ... { petAdded { id } }
        }
        """);

    [Fact]
    public void Fragments_whose_type_does_not_apply_to_the_subscription_type_are_not_collected() => ExpectValid(Rule, """
        subscription S {
          petAdded { name }
          ...OnQuery
          ... on Query { dog { name } }
        }
        fragment OnQuery on Query { dog { name } }
        """);

    [Fact]
    public void Skip_and_include_below_the_root_are_allowed() =>
        ExpectValid(Rule, "subscription S($b: Boolean!) { petAdded { name @include(if: $b) id @skip(if: true) } }");

    [Fact]
    public void Queries_and_mutations_may_select_many_fields() =>
        ExpectValid(Rule, "query Q { dog { name } cat { name } __typename } mutation M { a: removePet(id: 1) b: removePet(id: 2) }");

    [Fact]
    public void A_fragment_cycle_ends() => ExpectValid(Rule, """
        subscription S { ...F }
        fragment F on Subscription { petAdded { name } ...F }
        """);

    [Fact]
    public void Without_a_subscription_type_nothing_is_checked() =>
        ExpectValid("type Query { a: Int }", Rule, "subscription { a __typename }");

    [Fact]
    public void More_than_one_root_field() => ExpectErrorsWithLocations(Rule, """
        subscription S {
          petAdded { name }
          humanChanged(id: 1) { name }
          alienSighted { name }
        }
        """,
        (SingleFieldSubscriptionsRule.MultipleFieldsMessage("S"), [(3, 3), (4, 3)]));

    [Fact]
    public void More_than_one_root_field_in_an_anonymous_subscription() => ExpectErrors(Rule, """
        subscription {
          petAdded { name }
          alienSighted { name }
        }
        """,
        (SingleFieldSubscriptionsRule.MultipleFieldsMessage(null), 3, 3));

    [Fact]
    public void Aliases_make_separate_root_fields() => ExpectErrors(Rule, """
        subscription S {
          a: petAdded { name }
          b: petAdded { name }
        }
        """,
        (SingleFieldSubscriptionsRule.MultipleFieldsMessage("S"), 3, 3));

    [Fact]
    public void Root_fields_are_collected_through_fragments_and_grouped_by_response_name() => ExpectErrorsWithLocations(Rule, """
        subscription S {
          petAdded { name }
          ...F
        }
        fragment F on Subscription {
          petAdded { id }
          ... on Subscription { alienSighted { name } }
          alienSighted { id }
        }
        """,
        (SingleFieldSubscriptionsRule.MultipleFieldsMessage("S"), [(7, 25), (8, 3)]));

    [Fact]
    public void An_introspection_root_field() => ExpectErrors(Rule, """
        subscription S {
          __typename
        }
        """,
        (SingleFieldSubscriptionsRule.IntrospectionFieldMessage("S"), 2, 3));

    [Fact]
    public void An_introspection_root_field_besides_another_field() => ExpectErrors(Rule, """
        subscription {
          petAdded { name }
          __typename
        }
        """,
        (SingleFieldSubscriptionsRule.MultipleFieldsMessage(null), 3, 3),
        (SingleFieldSubscriptionsRule.IntrospectionFieldMessage(null), 3, 3));

    [Fact]
    public void An_introspection_root_field_from_a_fragment_is_reported_at_every_occurrence() => ExpectErrorsWithLocations(Rule, """
        subscription S {
          __typename
          ...F
        }
        fragment F on Subscription { __typename }
        """,
        (SingleFieldSubscriptionsRule.IntrospectionFieldMessage("S"), [(2, 3), (5, 30)]));

    [Fact]
    public void Skip_and_include_on_root_selections_are_reported_alone() => ExpectErrorsWithLocations(Rule, """
        subscription S($b: Boolean!) {
          petAdded @include(if: $b) { name }
          alienSighted @skip(if: true) { name }
        }
        """,
        (SingleFieldSubscriptionsRule.SkipOrIncludeMessage("S"), [(2, 12), (3, 16)]));

    [Fact]
    public void Skip_and_include_on_root_fragments_and_inside_spread_fragments() => ExpectErrorsWithLocations(Rule, """
        subscription {
          ... @skip(if: false) { petAdded { name } }
          ...F
        }
        fragment F on Subscription { petAdded @include(if: true) { id } }
        """,
        (SingleFieldSubscriptionsRule.SkipOrIncludeMessage(null), [(2, 7), (5, 39)]));

    [Fact]
    public void Messages()
    {
        SingleFieldSubscriptionsRule.MultipleFieldsMessage("S").Should().Be("Subscription \"S\" must select only one top level field.");
        SingleFieldSubscriptionsRule.MultipleFieldsMessage(null).Should().Be("Anonymous Subscription must select only one top level field.");
        SingleFieldSubscriptionsRule.IntrospectionFieldMessage(null)
            .Should().Be("Anonymous Subscription must not select an introspection top level field.");
        SingleFieldSubscriptionsRule.SkipOrIncludeMessage("S")
            .Should().Be("Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.");
    }
}
