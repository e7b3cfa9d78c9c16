using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Scalars_enums_and_input_objects_wrapped_any_way() => ExpectValid(Rule, """
        query Foo($a: String, $b: [[ComplexInput!]], $c: PetByInput, $d: Int!, $e: [FurColor!]!) { dog { name } }
        """);

    [Fact]
    public void Unknown_types_are_left_to_another_rule() => ExpectValid(Rule, "query Foo($a: Unknown) { dog { name } }");

    [Fact]
    public void Output_types() => ExpectErrors(Rule, """
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
        """,
        (VariablesAreInputTypesRule.Message("a", "Dog"), 1, 15),
        (VariablesAreInputTypesRule.Message("b", "[[CatOrDog!]]!"), 1, 24),
        (VariablesAreInputTypesRule.Message("c", "Pet"), 1, 44));

    [Fact]
    public void Message() =>
        VariablesAreInputTypesRule.Message("a", "[Dog]").Should().Be("Variable \"$a\" cannot be non-input type \"[Dog]\".");
}
