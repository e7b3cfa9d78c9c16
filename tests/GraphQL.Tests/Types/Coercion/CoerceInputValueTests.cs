using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>§3.10–§3.12 input coercion of external values (variables), over the shared test schema's input types.</summary>
public sealed class CoerceInputValueTests
{
    private static readonly Schema Schema = TestSchema.Schema;
    private static readonly InputObjectType ComplexInput = Schema.GetType<InputObjectType>("ComplexInput")!;
    private static readonly InputObjectType PetByInput = Schema.GetType<InputObjectType>("PetByInput")!;
    private static readonly InputObjectType AddPetInput = Schema.GetType<InputObjectType>("AddPetInput")!;

    [Fact]
    public void Null_is_null_for_a_nullable_type_and_an_error_for_a_non_null_type()
    {
        ValueCoercion.CoerceInputValue(null, Scalars.Int).Should().BeNull();
        ShouldFail(null, Scalars.Int.NonNull(), "Expected value of type \"Int!\", found null.");
    }

    [Fact]
    public void A_list_coerces_item_by_item()
    {
        ValueCoercion.CoerceInputValue(new object?[] { 1, 2L, null }, Scalars.Int.List())
            .Should().BeEquivalentTo(new object?[] { 1, 2, null });
        ValueCoercion.CoerceInputValue(new List<object?> { "a" }, Scalars.String.List())
            .Should().BeEquivalentTo(new object?[] { "a" });
    }

    [Fact]
    public void A_single_value_for_a_list_type_becomes_a_list_of_one()
    {
        ValueCoercion.CoerceInputValue(1, Scalars.Int.List()).Should().BeEquivalentTo(new object?[] { 1 });
        ValueCoercion.CoerceInputValue(1, Scalars.Int.List().List()).Should().BeEquivalentTo(new object?[] { new object?[] { 1 } });
    }

    [Fact]
    public void A_nested_list_keeps_its_shape()
    {
        var value = new object?[] { new object?[] { 1, 2 }, new object?[] { 3 } };
        ValueCoercion.CoerceInputValue(value, Scalars.Int.NonNull().List().List())
            .Should().BeEquivalentTo(new object?[] { new object?[] { 1, 2 }, new object?[] { 3 } });
    }

    [Fact]
    public void A_null_item_in_a_list_of_non_null_reports_its_index()
    {
        ShouldFail(new object?[] { 1, null }, Scalars.Int.NonNull().List(), "At \"[1]\": Expected value of type \"Int!\", found null.", 1);
    }

    [Fact]
    public void A_list_for_a_scalar_fails() =>
        ShouldFail(new object?[] { 1 }, Scalars.Int, "Int cannot represent non-integer value: [1]");

    [Fact]
    public void An_input_object_fills_in_default_values_and_leaves_absent_optional_fields_out()
    {
        var result = ValueCoercion.CoerceInputValue(Object(("requiredField", true), ("intField", 3)), ComplexInput);

        result.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["requiredField"] = true,
            ["nonNullField"] = false,
            ["intField"] = 3,
            ["enumField"] = "BROWN",
        });
    }

    [Fact]
    public void An_explicit_null_is_kept_rather_than_replaced_by_the_default()
    {
        var result = (IReadOnlyDictionary<string, object?>)ValueCoercion.CoerceInputValue(Object(("requiredField", true), ("enumField", null)), ComplexInput)!;
        result.Should().ContainKey("enumField").WhoseValue.Should().BeNull();
    }

    [Fact]
    public void A_missing_required_field_is_reported() =>
        ShouldFail(Object(), ComplexInput, "Field \"requiredField\" of required type \"Boolean!\" was not provided.");

    [Fact]
    public void An_unknown_field_is_reported() =>
        ShouldFail(Object(("requiredField", true), ("bogus", 1)), ComplexInput, "Field \"bogus\" is not defined by type \"ComplexInput\".");

    [Fact]
    public void A_non_object_for_an_input_object_fails() =>
        ShouldFail("x", ComplexInput, "Expected type \"ComplexInput\" to be an object.");

    [Fact]
    public void Errors_deep_inside_name_their_path()
    {
        var value = Object(("requiredField", true), ("nested", Object(("requiredField", "yes"), ("stringListField", new object?[] { "a", 1 }))));

        ValueCoercion.TryCoerceInputValue(value, ComplexInput, out _, out var errors).Should().BeFalse();

        errors.Select(error => error.Message).Should().Equal(
            "At \"nested.requiredField\": Boolean cannot represent a non boolean value: \"yes\"",
            "At \"nested.stringListField[1]\": String cannot represent a non string value: 1");
        errors[1].Path.Should().Equal("nested", "stringListField", 1);
        errors[1].Reason.Should().Be("String cannot represent a non string value: 1");
    }

    [Fact]
    public void Every_error_is_reported_up_to_the_limit()
    {
        var value = Enumerable.Range(0, 200).Select(i => (object?)"x").ToArray();

        ValueCoercion.TryCoerceInputValue(value, Scalars.Int.List(), out _, out var errors).Should().BeFalse();

        errors.Should().HaveCount(ValueCoercion.MaxErrors);
    }

    [Fact]
    public void The_exception_carries_every_error()
    {
        var act = () => ValueCoercion.CoerceInputValue(Object(("bogus", 1)), ComplexInput);

        var exception = act.Should().Throw<GraphQLCoercionException>().Which;
        exception.Errors.Should().HaveCount(2);
        exception.Message.Should().Be("Field \"requiredField\" of required type \"Boolean!\" was not provided.");
    }

    [Fact]
    public void A_default_value_that_is_itself_an_input_object_is_coerced_with_its_own_defaults()
    {
        var result = (IReadOnlyDictionary<string, object?>)ValueCoercion.CoerceInputValue(Object(("name", "Rex"), ("kind", "DOG")), AddPetInput)!;

        result["owner"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["name"] = "Shelter", ["age"] = 30 });
        result["tags"].Should().BeEquivalentTo(Array.Empty<object?>());
        result["furColor"].Should().Be("UNKNOWN");
        result["kind"].Should().Be("DOG");
    }

    [Theory]
    [InlineData("id", "1")]
    [InlineData("name", "Rex")]
    public void A_one_of_input_object_accepts_exactly_one_non_null_field(string field, string value) =>
        ValueCoercion.CoerceInputValue(Object((field, value)), PetByInput)
            .Should().BeEquivalentTo(new Dictionary<string, object?> { [field] = value });

    [Fact]
    public void A_one_of_input_object_rejects_no_field_several_fields_and_a_null_field()
    {
        ShouldFail(Object(), PetByInput, "OneOf Input Object \"PetByInput\" must specify exactly one key.");
        ShouldFail(Object(("id", "1"), ("name", "Rex")), PetByInput, "OneOf Input Object \"PetByInput\" must specify exactly one key.");
        ShouldFail(Object(("id", null)), PetByInput, "Field \"PetByInput.id\" must be non-null.");
    }

    [Fact]
    public void A_mutable_dictionary_is_accepted_as_an_object()
    {
        IDictionary<string, object?> value = new SortedDictionary<string, object?> { ["id"] = "1" };
        ValueCoercion.CoerceInputValue(value, PetByInput).Should().BeEquivalentTo(new Dictionary<string, object?> { ["id"] = "1" });
    }

    [Fact]
    public void Enum_values_coerce_from_their_names()
    {
        var furColor = Schema.GetType<EnumType>("FurColor")!;
        ValueCoercion.CoerceInputValue(new object?[] { "BROWN", "TAN" }, furColor.List()).Should().BeEquivalentTo(new object?[] { "BROWN", "TAN" });
        ShouldFail("PURPLE", furColor, "Value \"PURPLE\" does not exist in \"FurColor\" enum.");
    }

    private static Dictionary<string, object?> Object(params (string Name, object? Value)[] fields)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (name, value) in fields)
        {
            result[name] = value;
        }

        return result;
    }

    private static void ShouldFail(object? value, IInputType type, string message, params object[] path)
    {
        ValueCoercion.TryCoerceInputValue(value, type, out _, out var errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.Message.Should().Be(message);
        errors[0].Path.Should().Equal(path);
    }
}
