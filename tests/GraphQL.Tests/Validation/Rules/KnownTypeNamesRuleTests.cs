using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void Known_type_names() => ExpectValid(Rule, """
        query Foo($var: String, $required: [Int!]!, $input: ComplexInput, $color: FurColor) {
          dog { ... on Dog { name } ...PetFields }
        }
        fragment PetFields on Pet { name }
        """);

    [Fact]
    public void Unknown_type_names_with_suggestions() => ExpectErrors(Rule, """
        query Foo($var: Strin, $list: [[Booleen!]]) {
          dog { ... on Badger { name } ...DogFields }
        }
        fragment DogFields on Dgo { name }
        """,
        (KnownTypeNamesRule.Message("Strin", ["String"]), 1, 17),
        (KnownTypeNamesRule.Message("Booleen", ["Boolean"]), 1, 33),
        (KnownTypeNamesRule.Message("Badger"), 2, 16),
        (KnownTypeNamesRule.Message("Dgo", ["Dog"]), 4, 23));

    [Fact]
    public void Type_system_definitions_are_not_looked_into() => ExpectValid(Rule, """
        { dog { name } }
        type Cow { horns: Horn }
        extend type Dog { friend: Unknown }
        """);

    [Fact]
    public void Message() =>
        KnownTypeNamesRule.Message("Strin", ["String"]).Should().Be("Unknown type \"Strin\". Did you mean \"String\"?");
}
