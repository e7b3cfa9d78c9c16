using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void No_directives_is_valid() => ExpectValid(Rule, """
        fragment Test on Dog {
          name
        }
        """);

    [Fact]
    public void Unique_directives_in_different_locations_are_valid() => ExpectValid(Rule, """
        fragment Test on Dog @onFragmentDefinition {
          name @onField
        }
        """);

    [Fact]
    public void Unique_directives_in_the_same_location_are_valid() => ExpectValid(Rule, """
        fragment Test on Dog @onFragmentDefinition @log {
          name @onField @log @skip(if: false)
        }
        """);

    [Fact]
    public void The_same_directive_in_different_locations_is_valid() => ExpectValid(Rule, """
        fragment Test on Dog @log {
          name @log
          ... @log { nickname @log }
        }
        """);

    [Fact]
    public void The_same_directive_on_similar_fields_is_valid() => ExpectValid(Rule, """
        fragment Test on Dog {
          name @onField
          name @onField
        }
        """);

    [Fact]
    public void A_repeatable_directive_may_be_repeated() => ExpectValid(Rule, """
        fragment Test on Dog {
          name @repeatableOnField @repeatableOnField(value: 1) @repeatableOnField
        }
        """);

    [Fact]
    public void Unknown_directives_are_not_checked() => ExpectValid(Rule, """
        fragment Test on Dog {
          name @unknown @unknown
        }
        """);

    [Fact]
    public void Duplicate_directives_in_one_location_are_reported() => ExpectErrorsWithLocations(Rule, """
        fragment Test on Dog {
          name @onField @onField
        }
        """,
        (UniqueDirectivesPerLocationRule.Message("onField"), [(2, 8), (2, 17)]));

    [Fact]
    public void Each_repetition_is_reported_with_the_first_use() => ExpectErrorsWithLocations(Rule, """
        fragment Test on Dog {
          name @onField @onField @onField
        }
        """,
        (UniqueDirectivesPerLocationRule.Message("onField"), [(2, 8), (2, 17)]),
        (UniqueDirectivesPerLocationRule.Message("onField"), [(2, 8), (2, 26)]));

    [Fact]
    public void Different_duplicate_directives_in_one_location_are_reported() => ExpectErrorsWithLocations(Rule, """
        fragment Test on Dog {
          name @log @skip(if: true) @log(level: DEBUG) @skip(if: false)
        }
        """,
        (UniqueDirectivesPerLocationRule.Message("log"), [(2, 8), (2, 29)]),
        (UniqueDirectivesPerLocationRule.Message("skip"), [(2, 13), (2, 48)]));

    [Fact]
    public void Duplicates_in_every_executable_location_are_reported() => ExpectErrorsWithLocations(Rule, """
        query Q($v: Int @log @log) @log @log {
          ...F @log @log
          ... @log @log { __typename }
        }

        fragment F on Query @log @log {
          __typename
        }
        """,
        (UniqueDirectivesPerLocationRule.Message("log"), [(1, 28), (1, 33)]),
        (UniqueDirectivesPerLocationRule.Message("log"), [(1, 17), (1, 22)]),
        (UniqueDirectivesPerLocationRule.Message("log"), [(2, 8), (2, 13)]),
        (UniqueDirectivesPerLocationRule.Message("log"), [(3, 7), (3, 12)]),
        (UniqueDirectivesPerLocationRule.Message("log"), [(6, 21), (6, 26)]));

    [Fact]
    public void Many_duplicates_on_one_node_are_reported_in_order() => ExpectErrorsWithLocations(Rule, """
        { __typename @onField @log @include(if: true) @skip(if: false) @log @onField @include(if: true) @skip(if: true) @log @skip(if: true) }
        """,
        (UniqueDirectivesPerLocationRule.Message("log"), [(1, 23), (1, 64)]),
        (UniqueDirectivesPerLocationRule.Message("onField"), [(1, 14), (1, 69)]),
        (UniqueDirectivesPerLocationRule.Message("include"), [(1, 28), (1, 78)]),
        (UniqueDirectivesPerLocationRule.Message("skip"), [(1, 47), (1, 97)]),
        (UniqueDirectivesPerLocationRule.Message("log"), [(1, 23), (1, 113)]),
        (UniqueDirectivesPerLocationRule.Message("skip"), [(1, 47), (1, 118)]));

    [Fact]
    public void Type_definitions_and_their_extensions_are_one_location() => ExpectErrorsWithLocations(Rule, """
        schema @cost { query: Query }
        extend schema @auth @auth

        scalar S @cost
        extend scalar S @cost

        type T @auth { field: String @cost @cost }
        extend type T @auth

        enum E @cost { V }
        extend enum E @cost

        input I @cost { f: Int }
        extend input I @cost
        """,
        (UniqueDirectivesPerLocationRule.Message("auth"), [(2, 15), (2, 21)]),
        (UniqueDirectivesPerLocationRule.Message("cost"), [(4, 10), (5, 17)]),
        (UniqueDirectivesPerLocationRule.Message("cost"), [(7, 30), (7, 36)]),
        (UniqueDirectivesPerLocationRule.Message("auth"), [(7, 8), (8, 15)]),
        (UniqueDirectivesPerLocationRule.Message("cost"), [(10, 8), (11, 15)]),
        (UniqueDirectivesPerLocationRule.Message("cost"), [(13, 9), (14, 16)]));

    [Fact]
    public void Repeatable_type_system_directives_may_repeat_across_extensions() => ExpectValid(Rule, """
        type T @tag(name: "a") @tag(name: "b") { field: String }
        extend type T @tag(name: "c")
        """);

    [Fact]
    public void Repeatability_follows_a_directive_defined_in_the_document() => ExpectErrorsWithLocations(Rule, """
        directive @log repeatable on FIELD
        directive @repeatableOnField on FIELD

        {
          __typename @log @log @repeatableOnField @repeatableOnField
        }
        """,
        (UniqueDirectivesPerLocationRule.Message("repeatableOnField"), [(5, 24), (5, 43)]));
}
