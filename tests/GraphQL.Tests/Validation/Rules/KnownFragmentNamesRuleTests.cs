using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void Known_fragment_names() => ExpectValid(Rule, """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human { ...HumanFields2 }
            ... { name }
          }
        }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void Unknown_fragment_names() => ExpectErrors(Rule, """
        {
          human(id: 4) {
            ...UnknownFragment1
            ... on Human {
              ...UnknownFragment2
            }
          }
        }
        fragment HumanFields on Human {
          name
          ...UnknownFragment3
        }
        """,
        (KnownFragmentNamesRule.Message("UnknownFragment1"), 3, 8),
        (KnownFragmentNamesRule.Message("UnknownFragment2"), 5, 10),
        (KnownFragmentNamesRule.Message("UnknownFragment3"), 11, 6));

    [Fact]
    public void Message() => KnownFragmentNamesRule.Message("F").Should().Be("Unknown fragment \"F\".");
}
