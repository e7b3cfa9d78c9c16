using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void No_operations() => ExpectValid(Rule, "fragment F on Dog { name }");

    [Fact]
    public void One_anonymous_operation_with_fragments() => ExpectValid(Rule, """
        { dog { ...F } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void Several_named_operations() => ExpectValid(Rule, """
        query Foo { dog { name } }
        query Bar { cat { name } }
        """);

    [Fact]
    public void Several_anonymous_operations() => ExpectErrors(Rule, """
        { dog { name } }
        { cat { name } }
        """,
        (LoneAnonymousOperationRule.Message(), 1, 1),
        (LoneAnonymousOperationRule.Message(), 2, 1));

    [Fact]
    public void An_anonymous_operation_with_a_named_mutation() => ExpectErrors(Rule, """
        { dog { name } }
        mutation Foo { removePet(id: 1) }
        """,
        (LoneAnonymousOperationRule.Message(), 1, 1));

    [Fact]
    public void An_anonymous_subscription_with_a_named_query() => ExpectErrors(Rule, """
        query Foo { dog { name } }
        subscription { alienSighted { name } }
        """,
        (LoneAnonymousOperationRule.Message(), 2, 1));

    [Fact]
    public void Message() =>
        LoneAnonymousOperationRule.Message().Should().Be("This anonymous operation must be the only defined operation.");
}
