using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void All_variables_defined() => ExpectValid(Rule, """
        query Foo($a: Int, $b: String, $c: Boolean, $d: FurColor) @log(message: $b) {
          scalarArgs(int: $a, string: $b)
          dog { isHouseTrained(atOtherHomes: $c) @include(if: $c) }
          complicatedArgs { complexArgField(complexArg: { enumField: $d, stringListField: [$b] }) }
        }
        """);

    [Fact]
    public void All_variables_defined_through_fragments_by_every_operation() => ExpectValid(Rule, """
        query Foo($a: Int, $b: Int) { dog { ...FragA } }
        query Bar($a: Int, $b: Int) { dog { ...FragB } }
        fragment FragA on Dog { isAtLocation(x: $a) ...FragB }
        fragment FragB on Dog { isAtLocation(y: $b) ...FragA }
        """);

    [Fact]
    public void Variables_of_unused_fragments_are_not_checked() => ExpectValid(Rule, """
        { dog { name } }
        fragment Unused on Dog { isAtLocation(x: $a) }
        """);

    [Fact]
    public void A_variable_not_defined() => ExpectErrorsWithLocations(Rule, """
        query Foo($a: Int) {
          scalarArgs(int: $a, string: $b)
        }
        """,
        (NoUndefinedVariablesRule.Message("b", "Foo"), [(2, 31), (1, 1)]));

    [Fact]
    public void A_variable_not_defined_by_an_anonymous_operation() => ExpectErrorsWithLocations(Rule, "{ scalarArgs(int: $a) }",
        (NoUndefinedVariablesRule.Message("a", null), [(1, 19), (1, 1)]));

    [Fact]
    public void Every_use_is_reported() => ExpectErrorsWithLocations(Rule, """
        query Foo {
          scalarArgs(int: $a, long: $a) @include(if: $b)
        }
        """,
        (NoUndefinedVariablesRule.Message("a", "Foo"), [(2, 19), (1, 1)]),
        (NoUndefinedVariablesRule.Message("a", "Foo"), [(2, 29), (1, 1)]),
        (NoUndefinedVariablesRule.Message("b", "Foo"), [(2, 46), (1, 1)]));

    [Fact]
    public void Variables_used_in_fragments_are_checked_for_each_operation() => ExpectErrorsWithLocations(Rule, """
        query Foo($a: Int) {
          dog { ...FragA }
        }
        query Bar($b: Int) {
          dog { ...FragA }
        }
        fragment FragA on Dog {
          isAtLocation(x: $a, y: $b)
        }
        """,
        (NoUndefinedVariablesRule.Message("b", "Foo"), [(8, 26), (1, 1)]),
        (NoUndefinedVariablesRule.Message("a", "Bar"), [(8, 19), (4, 1)]));

    [Fact]
    public void Messages()
    {
        NoUndefinedVariablesRule.Message("a", "Foo").Should().Be("Variable \"$a\" is not defined by operation \"Foo\".");
        NoUndefinedVariablesRule.Message("a", null).Should().Be("Variable \"$a\" is not defined.");
    }
}
