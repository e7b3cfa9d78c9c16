using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void No_arguments_on_a_field_or_directive_is_valid() => ExpectValid(Rule, """
        {
          dog @onField { name }
        }
        """);

    [Fact]
    public void One_argument_on_a_field_and_a_directive_is_valid() => ExpectValid(Rule, """
        {
          dog @skip(if: true) { isHouseTrained(atOtherHomes: true) }
        }
        """);

    [Fact]
    public void The_same_argument_on_two_fields_or_directives_is_valid() => ExpectValid(Rule, """
        {
          dog @include(if: true) { name }
          cat @include(if: true) { name }
          one: human(id: "1") { name }
          two: human(id: "2") { name }
        }
        """);

    [Fact]
    public void The_same_argument_on_a_field_and_its_directive_is_valid() => ExpectValid(Rule, """
        {
          complicatedArgs {
            intArgField(intArg: 1) @repeatableOnField(value: 1) @repeatableOnField(value: 2)
          }
        }
        """);

    [Fact]
    public void Several_distinct_arguments_are_valid() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleOptAndReq(req1: 1, req2: 2, opt1: 3, opt2: 4)
          }
          dog { name @log(level: INFO, message: "m") }
        }
        """);

    [Fact]
    public void A_duplicate_field_argument_is_reported_at_each_use() => ExpectErrorsWithLocations(Rule, """
        {
          dog { isHouseTrained(atOtherHomes: true, atOtherHomes: false) }
        }
        """,
        (UniqueArgumentNamesRule.Message("atOtherHomes"), [(2, 24), (2, 44)]));

    [Fact]
    public void An_argument_given_three_times_is_one_error() => ExpectErrorsWithLocations(Rule, """
        {
          human(id: "1", id: "2", id: "3") { name }
        }
        """,
        (UniqueArgumentNamesRule.Message("id"), [(2, 9), (2, 18), (2, 27)]));

    [Fact]
    public void Several_duplicated_arguments_are_reported_in_order_of_first_use() => ExpectErrorsWithLocations(Rule, """
        {
          complicatedArgs {
            multipleOptAndReq(req2: 1, req1: 2, req2: 3, opt1: 4, req1: 5)
          }
        }
        """,
        (UniqueArgumentNamesRule.Message("req2"), [(3, 23), (3, 41)]),
        (UniqueArgumentNamesRule.Message("req1"), [(3, 32), (3, 59)]));

    [Fact]
    public void A_duplicate_directive_argument_is_reported() => ExpectErrorsWithLocations(Rule, """
        {
          dog @skip(if: true, if: false) { name }
        }
        """,
        (UniqueArgumentNamesRule.Message("if"), [(2, 13), (2, 23)]));

    [Fact]
    public void Duplicates_of_unknown_arguments_are_reported_too() => ExpectErrorsWithLocations(Rule, """
        {
          unknown(a: 1, a: 2) @unknown(b: 1, b: 2)
        }
        """,
        (UniqueArgumentNamesRule.Message("a"), [(2, 11), (2, 17)]),
        (UniqueArgumentNamesRule.Message("b"), [(2, 32), (2, 38)]));

    [Fact]
    public void Duplicates_among_many_arguments_are_reported_in_order_of_first_use() => ExpectErrorsWithLocations(Rule, """
        { f(a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, b: 10, j: 11, a: 12, b: 13) }
        """,
        (UniqueArgumentNamesRule.Message("a"), [(1, 5), (1, 73)]),
        (UniqueArgumentNamesRule.Message("b"), [(1, 11), (1, 59), (1, 80)]));
}
