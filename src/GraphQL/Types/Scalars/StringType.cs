using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>String</c>: a sequence of Unicode code points (<see href="https://spec.graphql.org/September2025/#sec-String">§3.5.3 String</see>).
/// Internal and result values are <see cref="string"/>.
/// </summary>
public sealed class StringType : ScalarType
{
    public StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    /// <summary>Strings, and booleans, numbers, characters, GUIDs and enum members as their invariant text.</summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case string:
                return value;
            case bool boolean:
                return boolean ? "true" : "false";
            case char character:
                return character.ToString();
            case double number when double.IsFinite(number):
                return number.ToString("R", CultureInfo.InvariantCulture);
            case float number when float.IsFinite(number):
                return number.ToString("R", CultureInfo.InvariantCulture);
            case double or float:
                throw new GraphQLCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}");
            case Guid guid:
                return guid.ToString("D");
            case Enum member:
                return member.ToString();
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            default:
                throw new GraphQLCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}");
        }
    }

    /// <summary>Only strings.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value as string
            ?? throw new GraphQLCoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Only a <see cref="StringValueNode"/> (block strings included).</summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode stringValue
            ? stringValue.Value
            : throw new GraphQLCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");
    }
}
