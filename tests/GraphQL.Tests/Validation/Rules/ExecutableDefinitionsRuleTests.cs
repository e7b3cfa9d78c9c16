using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void Operations_are_executable() => ExpectValid(Rule, "query Foo { dog { name } }");

    [Fact]
    public void Operations_and_fragments_are_executable() => ExpectValid(Rule, """
        query Foo { dog { ...Frag } }
        fragment Frag on Dog { name }
        """);

    [Fact]
    public void Type_definitions_and_extensions_are_not_executable() => ExpectErrors(Rule, """
        query Foo { dog { name } }
        type Cow { name: String }
        extend type Dog { color: String }
        "An input"
        input Shape { sides: Int }
        """,
        (ExecutableDefinitionsRule.Message("Cow"), 2, 1),
        (ExecutableDefinitionsRule.Message("Dog"), 3, 1),
        (ExecutableDefinitionsRule.Message("Shape"), 4, 1));

    [Fact]
    public void Schema_definitions_and_extensions_are_not_executable() => ExpectErrors(Rule, """
        schema { query: Query }
        type Query { test: String }
        extend schema @tag(name: "x")
        """,
        (ExecutableDefinitionsRule.Message(null), 1, 1),
        (ExecutableDefinitionsRule.Message("Query"), 2, 1),
        (ExecutableDefinitionsRule.Message(null), 3, 1));

    [Fact]
    public void Directive_definitions_are_not_executable() => ExpectErrors(Rule, """
        { dog { name } }
        directive @foo on FIELD
        """,
        (ExecutableDefinitionsRule.Message("foo"), 2, 1));

    [Fact]
    public void Messages_name_the_definition() =>
        ExecutableDefinitionsRule.Message("Cow").Should().Be("The \"Cow\" definition is not executable.");
}
