using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>§3.9 Enums, Type Validation.</summary>
public sealed class EnumValidationTests
{
    [Fact]
    public void An_enum_with_values_passes() =>
        SchemaAssert.Valid("type Query { e: E } enum E { A B @deprecated(reason: \"no\") }");

    [Fact]
    public void An_enum_must_have_a_value() =>
        SchemaAssert.Invalid("type Query { e: E } enum E", "Enum type E must define one or more values.");

    [Fact]
    public void Values_must_be_unique()
    {
        SchemaAssert.Invalid("type Query { e: E } enum E { A A }", "Enum value \"E.A\" can only be defined once.");
        SchemaAssert.Invalid("type Query { e: E } enum E { A } extend enum E { A }", "Enum value \"E.A\" can only be defined once.");
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    public void Values_must_not_be_true_false_or_null(string name)
    {
        var enumType = new EnumType("E");
        enumType.AddValue(name);
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("e", enumType));

        SchemaAssert.Invalid(new SchemaBuilder().SetQueryType(query), $"Enum type E cannot include value: {name}.");
    }
}
