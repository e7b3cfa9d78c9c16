using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void All_variables_used_in_fields_directives_and_nested_values() => ExpectValid(Rule, """
        query Foo($a: Int, $b: String, $c: Boolean, $d: FurColor, $e: LogLevel) @log(level: $e) {
          scalarArgs(int: $a)
          dog @include(if: $c) { name }
          complicatedArgs { complexArgField(complexArg: { enumField: $d, stringListField: [$b] }) }
        }
        """);

    [Fact]
    public void All_variables_used_through_fragments_even_cyclic_ones() => ExpectValid(Rule, """
        query Foo($a: Int, $b: Int) { dog { ...FragA } }
        fragment FragA on Dog { isAtLocation(x: $a) ...FragB }
        fragment FragB on Dog { isAtLocation(y: $b) ...FragA }
        """);

    [Fact]
    public void Unused_variables_of_an_anonymous_operation() => ExpectErrors(Rule, """
        query ($a: Int, $b: String, $c: Boolean) {
          scalarArgs(int: $a)
        }
        """,
        (NoUnusedVariablesRule.Message("b", null), 1, 17),
        (NoUnusedVariablesRule.Message("c", null), 1, 29));

    [Fact]
    public void Variables_used_only_by_fragments_the_operation_does_not_spread() => ExpectErrors(Rule, """
        query Foo($a: Int, $b: Int, $c: Int) {
          dog { ...FragA }
        }
        fragment FragA on Dog {
          isAtLocation(x: $a)
        }
        fragment Unused on Dog {
          isAtLocation(x: $b)
        }
        """,
        (NoUnusedVariablesRule.Message("b", "Foo"), 1, 20),
        (NoUnusedVariablesRule.Message("c", "Foo"), 1, 29));

    [Fact]
    public void Each_operation_is_checked_on_its_own() => ExpectErrors(Rule, """
        query Foo($a: Int) { dog { ...FragA } }
        query Bar($a: Int) { dog { name } }
        fragment FragA on Dog { isAtLocation(x: $a) }
        """,
        (NoUnusedVariablesRule.Message("a", "Bar"), 2, 11));

    [Fact]
    public void Messages()
    {
        NoUnusedVariablesRule.Message("a", "Foo").Should().Be("Variable \"$a\" is never used in operation \"Foo\".");
        NoUnusedVariablesRule.Message("a", null).Should().Be("Variable \"$a\" is never used.");
    }
}
