using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void All_fragments_used_directly_or_through_other_fragments() => ExpectValid(Rule, """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human { ...HumanFields2 }
          }
        }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void All_fragments_used_by_several_operations() => ExpectValid(Rule, """
        query Foo { human(id: 4) { ...HumanFields1 } }
        query Bar { human(id: 4) { ...HumanFields2 } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void Unused_fragments() => ExpectErrors(Rule, """
        query Foo { human(id: 4) { ...HumanFields1 } }
        query Bar { human(id: 4) { ...HumanFields2 } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        fragment Unused1 on Human { name }
        fragment Unused2 on Human { name }
        """,
        (NoUnusedFragmentsRule.Message("Unused1"), 6, 1),
        (NoUnusedFragmentsRule.Message("Unused2"), 7, 1));

    [Fact]
    public void Unused_fragments_referencing_each_other_and_the_fragments_only_they_use() => ExpectErrors(Rule, """
        query Foo { human(id: 4) { ...HumanFields1 } }
        fragment HumanFields1 on Human { name }
        fragment Unused1 on Human { name ...Unused2 ...OnlyUsedByUnused }
        fragment Unused2 on Human { name ...Unused1 }
        fragment OnlyUsedByUnused on Human { name }
        """,
        (NoUnusedFragmentsRule.Message("Unused1"), 3, 1),
        (NoUnusedFragmentsRule.Message("Unused2"), 4, 1),
        (NoUnusedFragmentsRule.Message("OnlyUsedByUnused"), 5, 1));

    [Fact]
    public void A_document_without_operations() => ExpectErrors(Rule, "fragment F on Dog { name }", (NoUnusedFragmentsRule.Message("F"), 1, 1));

    [Fact]
    public void Message() => NoUnusedFragmentsRule.Message("F").Should().Be("Fragment \"F\" is never used.");
}
