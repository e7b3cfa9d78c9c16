using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class DateTimeTypeTests
{
    private static readonly ScalarType DateTime = Scalars.DateTime;

    public static TheoryData<string, DateTimeOffset> Valid => new()
    {
        { "2011-08-30T13:22:53.108Z", new DateTimeOffset(2011, 8, 30, 13, 22, 53, 108, TimeSpan.Zero) },
        { "2011-08-30T13:22:53.108+00:00", new DateTimeOffset(2011, 8, 30, 13, 22, 53, 108, TimeSpan.Zero) },
        { "2011-08-30t13:22:53.108z", new DateTimeOffset(2011, 8, 30, 13, 22, 53, 108, TimeSpan.Zero) },
        { "2011-08-30T13:22:53.108-03:00", new DateTimeOffset(2011, 8, 30, 13, 22, 53, 108, TimeSpan.FromHours(-3)) },
        { "2011-08-30T13:22:53.108+03:30", new DateTimeOffset(2011, 8, 30, 13, 22, 53, 108, new TimeSpan(3, 30, 0)) },
        { "2011-08-30T13:22:53Z", new DateTimeOffset(2011, 8, 30, 13, 22, 53, TimeSpan.Zero) },
        { "2011-08-30T13:22:53.1234567Z", new DateTimeOffset(2011, 8, 30, 13, 22, 53, TimeSpan.Zero).AddTicks(1234567) },
        { "2024-02-29T23:59:59.999+14:00", new DateTimeOffset(2024, 2, 29, 23, 59, 59, 999, TimeSpan.FromHours(14)) },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Rfc3339_date_times_with_an_offset_coerce(string text, DateTimeOffset expected)
    {
        var fromLiteral = (DateTimeOffset)DateTime.Literal($"\"{text}\"");
        var fromVariable = (DateTimeOffset)DateTime.CoerceInputValue(text);

        fromLiteral.Should().Be(expected);
        fromLiteral.Offset.Should().Be(expected.Offset);
        fromVariable.Should().Be(expected);
    }

    [Theory]
    [InlineData("2011-08-30T13:22:53.108")]
    [InlineData("2011-08-30T13:22:53")]
    [InlineData("2011-08-30T13:22:53.108-00:00")]
    [InlineData("2011-08-30")]
    [InlineData("2011-08-30 13:22:53Z")]
    [InlineData("2011-08-30T13:22:53.108Z ")]
    [InlineData("2011-02-29T00:00:00Z")]
    [InlineData("2011-13-01T00:00:00Z")]
    [InlineData("2011-08-30T24:00:00Z")]
    [InlineData("2011-08-30T13:60:00Z")]
    [InlineData("2011-08-30T13:22:60Z")]
    [InlineData("2011-08-30T13:22:53.Z")]
    [InlineData("2011-08-30T13:22:53+0300")]
    [InlineData("2011-08-30T13:22:53+03")]
    [InlineData("11-08-30T13:22:53Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("Tuesday")]
    public void Other_strings_fail(string text)
    {
        var message = $"DateTime cannot represent value: \"{text}\"; expected an RFC 3339 date-time with an offset, such as \"2011-08-30T13:22:53.108Z\".";
        DateTime.LiteralFails($"\"{text}\"", message);
        DateTime.InputFails(text, message);
    }

    [Fact]
    public void Non_strings_fail()
    {
        DateTime.LiteralFails("1314710573", "DateTime cannot represent a non string value: 1314710573");
        DateTime.InputFails(1314710573L, "DateTime cannot represent a non string value: 1314710573");
    }

    [Fact]
    public void Output_has_millisecond_precision_and_z_for_utc()
    {
        DateTime.CoerceOutputValue(new DateTimeOffset(2011, 8, 30, 13, 22, 53, 108, TimeSpan.Zero)).Should().Be("2011-08-30T13:22:53.108Z");
        DateTime.CoerceOutputValue(new DateTimeOffset(2011, 8, 30, 13, 22, 53, TimeSpan.FromHours(-3))).Should().Be("2011-08-30T13:22:53.000-03:00");
        DateTime.CoerceOutputValue(new System.DateTime(2011, 8, 30, 13, 22, 53, DateTimeKind.Utc)).Should().Be("2011-08-30T13:22:53.000Z");
        DateTime.CoerceOutputValue("2011-08-30t13:22:53.1z").Should().Be("2011-08-30T13:22:53.100Z");
    }

    [Fact]
    public void Output_of_a_date_time_without_offset_fails()
    {
        var unspecified = new System.DateTime(2011, 8, 30, 13, 22, 53, DateTimeKind.Unspecified);
        FluentActions.Invoking(() => DateTime.CoerceOutputValue(unspecified))
            .Should().Throw<GraphQLCoercionException>().WithMessage("DateTime cannot represent a date-time without an offset:*");
        DateTime.OutputFails("2011-08-30", "DateTime cannot represent value: \"2011-08-30\"; expected an RFC 3339 date-time with an offset, such as \"2011-08-30T13:22:53.108Z\".");
    }

    [Fact]
    public void Is_specified_by_the_graphql_scalars_date_time_spec() =>
        DateTime.SpecifiedByUrl.Should().Be("https://scalars.graphql.org/andimarek/date-time");
}
