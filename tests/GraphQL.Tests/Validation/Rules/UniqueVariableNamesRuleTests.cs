using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void Unique_variable_names_per_operation() => ExpectValid(Rule, """
        query A($x: Int, $y: String) { __typename }
        query B($x: String, $y: Int) { __typename }
        """);

    [Fact]
    public void Repeated_variable_names_are_reported_once_per_name_at_every_definition() => ExpectErrorsWithLocations(Rule, """
        query A($x: Int, $x: Int, $x: String) { __typename }
        query B($y: String, $y: Int) { __typename }
        query C($z: Int, $z: Int) { __typename }
        """,
        (UniqueVariableNamesRule.Message("x"), [(1, 10), (1, 19), (1, 28)]),
        (UniqueVariableNamesRule.Message("y"), [(2, 10), (2, 22)]),
        (UniqueVariableNamesRule.Message("z"), [(3, 10), (3, 19)]));

    [Fact]
    public void Message() => UniqueVariableNamesRule.Message("x").Should().Be("There can be only one variable named \"$x\".");
}
