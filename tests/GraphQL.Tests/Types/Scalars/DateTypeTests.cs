using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class DateTypeTests
{
    private static readonly ScalarType Date = Scalars.Date;

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("2023-12-31", 2023, 12, 31)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Full_dates_coerce_including_leap_days(string text, int year, int month, int day)
    {
        var expected = new DateOnly(year, month, day);
        Date.Literal($"\"{text}\"").Should().Be(expected);
        Date.CoerceInputValue(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-01-32")]
    [InlineData("2024-2-29")]
    [InlineData("20240229")]
    [InlineData("2024-02-29T00:00:00Z")]
    [InlineData("0000-01-01")]
    [InlineData("")]
    public void Other_strings_fail(string text)
    {
        var message = $"Date cannot represent value: \"{text}\"; expected a date such as \"2024-02-29\".";
        Date.LiteralFails($"\"{text}\"", message);
        Date.InputFails(text, message);
    }

    [Fact]
    public void Non_strings_fail()
    {
        Date.LiteralFails("20240229", "Date cannot represent a non string value: 20240229");
        Date.InputFails(20240229, "Date cannot represent a non string value: 20240229");
    }

    [Fact]
    public void Output_is_yyyy_mm_dd()
    {
        Date.CoerceOutputValue(new DateOnly(2024, 2, 29)).Should().Be("2024-02-29");
        Date.CoerceOutputValue(new DateTime(2024, 2, 29, 23, 0, 0, DateTimeKind.Utc)).Should().Be("2024-02-29");
        Date.CoerceOutputValue("2024-02-29").Should().Be("2024-02-29");
        Date.OutputFails(42, "Date cannot represent value: 42");
    }
}
