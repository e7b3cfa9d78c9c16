using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class EnumTypeTests
{
    private static readonly EnumType Color = CreateColor();

    [Fact]
    public void Literal_enum_values_coerce_to_their_internal_value()
    {
        Color.Literal("RED").Should().Be(ConsoleColor.Red);
        Color.Literal("GREEN").Should().Be("GREEN");
    }

    [Theory]
    [InlineData("\"RED\"", "Enum \"Color\" cannot represent non-enum value: \"RED\".")]
    [InlineData("1", "Enum \"Color\" cannot represent non-enum value: 1.")]
    [InlineData("PURPLE", "Value \"PURPLE\" does not exist in \"Color\" enum.")]
    [InlineData("red", "Value \"red\" does not exist in \"Color\" enum.")]
    public void Literal_other_values_fail(string source, string message) => Color.LiteralFails(source, message);

    [Fact]
    public void Input_strings_naming_a_value_coerce()
    {
        Color.CoerceInputValue("RED").Should().Be(ConsoleColor.Red);
        Color.InputFails("PURPLE", "Value \"PURPLE\" does not exist in \"Color\" enum.");
        Color.InputFails(1, "Enum \"Color\" cannot represent non-string value: 1.");
    }

    [Fact]
    public void Output_maps_the_internal_value_to_its_name()
    {
        Color.CoerceOutputValue(ConsoleColor.Red).Should().Be("RED");
        Color.CoerceOutputValue("GREEN").Should().Be("GREEN");
        Color.OutputFails(ConsoleColor.Blue, "Enum \"Color\" cannot represent value: \"Blue\"");
        Color.OutputFails(5, "Enum \"Color\" cannot represent value: 5");
    }

    [Fact]
    public void A_name_string_is_accepted_on_output_even_when_values_are_bound() =>
        Color.CoerceOutputValue("RED").Should().Be("RED");

    [Fact]
    public void Value_to_literal_writes_the_name() =>
        Color.ValueToLiteral(ConsoleColor.Red).Should().BeOfType<EnumValueNode>().Which.Value.Should().Be("RED");

    [Fact]
    public void Values_keep_definition_order_and_lookups()
    {
        Color.Values.Select(value => value.Name).Should().Equal("RED", "GREEN", "OLD");
        Color.GetValue("OLD")!.IsDeprecated.Should().BeTrue();
        Color.GetValue("OLD")!.Coordinate.Should().Be("Color.OLD");
        Color.FindByInternalValue(ConsoleColor.Red)!.Name.Should().Be("RED");
    }

    private static EnumType CreateColor()
    {
        var color = new EnumType("Color");
        color.AddValue("RED", ConsoleColor.Red);
        color.AddValue("GREEN");
        color.AddValue("OLD").DeprecationReason = "Gone.";
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("color", color));
        new SchemaBuilder().SetQueryType(query).Build();
        return color;
    }
}
