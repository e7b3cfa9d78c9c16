using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void No_operations() => ExpectValid(Rule, "fragment F on Dog { name }");

    [Fact]
    public void One_anonymous_operation() => ExpectValid(Rule, "{ dog { name } }");

    [Fact]
    public void Operations_with_different_names() => ExpectValid(Rule, """
        query Foo { dog { name } }
        query Bar { dog { name } }
        mutation Baz { removePet(id: 1) }
        """);

    [Fact]
    public void A_fragment_and_an_operation_may_share_a_name() => ExpectValid(Rule, """
        query Foo { ...Foo }
        fragment Foo on Query { dog { name } }
        """);

    [Fact]
    public void Two_operations_with_the_same_name() => ExpectErrorsWithLocations(Rule, """
        query Foo { dog { name } }
        query Foo { cat { name } }
        """,
        (UniqueOperationNamesRule.Message("Foo"), [(1, 7), (2, 7)]));

    [Fact]
    public void Operations_of_different_types_with_the_same_name() => ExpectErrorsWithLocations(Rule, """
        query Foo { dog { name } }
        mutation Foo { removePet(id: 1) }
        subscription Foo { alienSighted { name } }
        """,
        (UniqueOperationNamesRule.Message("Foo"), [(1, 7), (2, 10)]),
        (UniqueOperationNamesRule.Message("Foo"), [(1, 7), (3, 14)]));

    [Fact]
    public void Message_names_the_operation() =>
        UniqueOperationNamesRule.Message("Foo").Should().Be("There can be only one operation named \"Foo\".");
}
