using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "A" }, " Did you mean \"A\"?")]
    [InlineData(new[] { "A", "B" }, " Did you mean \"A\" or \"B\"?")]
    [InlineData(new[] { "A", "B", "C" }, " Did you mean \"A\", \"B\", or \"C\"?")]
    [InlineData(new[] { "A", "B", "C", "D", "E", "F" }, " Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?")]
    public void DidYouMean_lists_at_most_five_suggestions(string[] suggestions, string expected) =>
        Suggestions.DidYouMean(suggestions).Should().Be(expected);

    [Fact]
    public void DidYouMean_puts_the_sub_message_before_the_list() =>
        Suggestions.DidYouMean("to use an inline fragment on", ["Dog", "Cat"])
            .Should().Be(" Did you mean to use an inline fragment on \"Dog\" or \"Cat\"?");

    [Fact]
    public void SuggestionList_keeps_close_options_nearest_first()
    {
        Suggestions.SuggestionList("nam", ["name", "nickname", "game", "names", "id"])
            .Should().Equal("name", "game", "names");
    }

    [Fact]
    public void SuggestionList_counts_a_change_of_case_as_one_edit_and_a_swap_as_one_edit()
    {
        Suggestions.SuggestionList("NAME", ["name", "title"]).Should().Equal("name");
        Suggestions.SuggestionList("nmae", ["name"]).Should().Equal("name");
        Suggestions.SuggestionList("abc", []).Should().BeEmpty();
    }

    [Fact]
    public void SuggestionList_breaks_ties_in_natural_order()
    {
        Suggestions.SuggestionList("field", ["field10", "field2", "field1"]).Should().Equal("field1", "field2", "field10");
        Suggestions.NaturalCompare("a2", "a10").Should().BeNegative();
        Suggestions.NaturalCompare("a", "a1").Should().BeNegative();
        Suggestions.NaturalCompare("b", "a").Should().BePositive();
        Suggestions.NaturalCompare("same", "same").Should().Be(0);
    }
}
