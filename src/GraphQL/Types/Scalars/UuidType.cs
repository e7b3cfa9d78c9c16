using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>UUID</c>: a universally unique identifier in its canonical text form, 8-4-4-4-12 hexadecimal digits
/// (<see href="https://www.rfc-editor.org/rfc/rfc9562">RFC 9562</see>, formerly RFC 4122). Internal values are
/// <see cref="Guid"/>; results are lowercase strings. Either case is accepted; braces, URNs and undashed forms are not.
/// </summary>
public sealed class UuidType : ScalarType
{
    /// <summary>The <c>@specifiedBy</c> URL.</summary>
    public const string SpecificationUrl = "https://www.rfc-editor.org/rfc/rfc9562";

    public UuidType()
        : base("UUID", "A universally unique identifier in its canonical form, such as `123e4567-e89b-12d3-a456-426614174000`.", SpecificationUrl)
    {
    }

    /// <summary>A <see cref="Guid"/>, or a string in canonical form, as a lowercase string.</summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            Guid guid => guid.ToString("D"),
            string text => Parse(text).ToString("D"),
            _ => throw new GraphQLCoercionException($"UUID cannot represent value: {ValueInspector.Inspect(value)}"),
        };
    }

    /// <summary>A string in canonical form.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            string text => Parse(text),
            Guid => value,
            _ => throw new GraphQLCoercionException($"UUID cannot represent a non string value: {ValueInspector.Inspect(value)}"),
        };
    }

    /// <summary>A <see cref="StringValueNode"/> in canonical form.</summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode stringValue
            ? Parse(stringValue.Value)
            : throw new GraphQLCoercionException($"UUID cannot represent a non string value: {Printer.Print(literal)}");
    }

    public override ValueNode ValueToLiteral(object value) => new StringValueNode { Value = (string)CoerceOutputValue(value) };

    private static Guid Parse(string text)
    {
        // "D" is 32 hex digits in 8-4-4-4-12 groups; the length check also refuses the whitespace TryParseExact trims.
        return text.Length == 36 && Guid.TryParseExact(text, "D", out var guid)
            ? guid
            : throw new GraphQLCoercionException(
                $"UUID cannot represent value: {ValueInspector.Inspect(text)}; expected 8-4-4-4-12 hexadecimal digits such as \"123e4567-e89b-12d3-a456-426614174000\".");
    }
}
