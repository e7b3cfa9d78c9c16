using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary><see cref="ValueCoercion.ValueToLiteral"/>: internal values back to literals, as printed default values.</summary>
public sealed class ValueToLiteralTests
{
    private static readonly Schema Schema = TestSchema.Schema;

    [Fact]
    public void Input_objects_print_their_fields_in_definition_order()
    {
        var complexInput = Schema.GetType<InputObjectType>("ComplexInput")!;
        var value = new Dictionary<string, object?> { ["enumField"] = "TAN", ["stringListField"] = new object?[] { "a", null }, ["requiredField"] = true };

        Print(value, complexInput).Should().Be("{requiredField: true, stringListField: [\"a\", null], enumField: TAN}");
    }

    [Fact]
    public void Null_prints_as_null_unless_the_type_is_non_null()
    {
        Print(null, Scalars.Int).Should().Be("null");
        FluentActions.Invoking(() => ValueCoercion.ValueToLiteral(null, Scalars.Int.NonNull()))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Expected value of type \"Int!\", found null.");
    }

    [Fact]
    public void A_single_value_for_a_list_type_prints_as_the_item() =>
        Print(3, Scalars.Int.List()).Should().Be("3");

    [Fact]
    public void Scalars_print_through_their_result_value()
    {
        Print(new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.Zero), Scalars.DateTime).Should().Be("\"2024-02-29T12:00:00.000Z\"");
        Print(Guid.Parse("123e4567-e89b-12d3-a456-426614174000"), Scalars.Uuid).Should().Be("\"123e4567-e89b-12d3-a456-426614174000\"");
        Print(12.50m, Scalars.Decimal).Should().Be("12.50");
        Print(long.MaxValue, Scalars.Long).Should().Be("9223372036854775807");
        Print("4", Scalars.ID).Should().Be("\"4\"");
    }

    [Fact]
    public void A_value_that_does_not_fit_the_type_fails() =>
        FluentActions.Invoking(() => ValueCoercion.ValueToLiteral("x", Scalars.Int))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Int cannot represent non-integer value: \"x\"");

    [Theory]
    [InlineData("{requiredField: false, nonNullField: true, intField: -3, stringField: \"s\", enumField: SPOTTED, nested: {requiredField: true}}")]
    [InlineData("{requiredField: true, stringListField: [\"x\", \"y\"]}")]
    public void Literal_coercion_and_value_to_literal_round_trip(string source)
    {
        var complexInput = Schema.GetType<InputObjectType>("ComplexInput")!;
        var value = ValueCoercion.CoerceInputLiteral(Parser.ParseValue(source), complexInput);

        var again = ValueCoercion.CoerceInputLiteral(ValueCoercion.ValueToLiteral(value, complexInput), complexInput);

        again.Should().BeEquivalentTo(value);
    }

    [Fact]
    public void Default_values_given_in_code_get_a_literal_and_literals_get_a_value()
    {
        var argument = new InputValueDefinition("first", Scalars.Int);
        argument.SetDefaultValue(10);
        Printer.Print(argument.DefaultValueLiteral!).Should().Be("10");

        var shapeArgs = Schema.QueryType.GetField("shapeArgs")!;
        shapeArgs.GetArgument("listWithDefault")!.DefaultValue.Should().BeEquivalentTo(new object?[] { 1, 2 });
        Printer.Print(shapeArgs.GetArgument("withDefault")!.DefaultValueLiteral!).Should().Be("42");
    }

    private static string Print(object? value, IInputType type) => Printer.Print(ValueCoercion.ValueToLiteral(value, type));
}
