using GraphQL.Subscriptions;

namespace GraphQL.Tests.Subscriptions;

public sealed class TopicEventIdTests
{
    [Theory]
    [InlineData("0-0")]
    [InlineData("1795313829420-0")]
    [InlineData("1795313829420-17")]
    [InlineData("18446744073709551615-18446744073709551615")]
    public void Parses_what_it_prints(string text) => TopicEventId.Parse(text).ToString().Should().Be(text);

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("-1")]
    [InlineData("1-")]
    [InlineData("1--2")]
    [InlineData("a-1")]
    [InlineData("1-2-3")]
    [InlineData(" 1-2")]
    public void Rejects_anything_else(string text)
    {
        TopicEventId.TryParse(text, out _).Should().BeFalse();
        var parse = () => TopicEventId.Parse(text);
        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void Orders_by_timestamp_then_sequence()
    {
        string[] unordered = ["5-0", "4-9", "5-10", "5-2", "0-0"];

        var ids = unordered.Select(text => TopicEventId.Parse(text)).Order().Select(id => id.ToString());

        ids.Should().Equal("0-0", "4-9", "5-0", "5-2", "5-10");
        (TopicEventId.Parse("4-9") < TopicEventId.Parse("5-0")).Should().BeTrue();
        TopicEventId.Zero.Should().Be(TopicEventId.Parse("0-0"));
    }
}
