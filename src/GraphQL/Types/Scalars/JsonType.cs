using System.Globalization;
using System.Text.Json;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>JSON</c>: any JSON value (object, array, string, number, boolean or null), passed through as is.
/// Internal values are in the external input value form (see <see cref="ScalarType"/>): dictionaries, lists,
/// strings, numbers (<see cref="long"/> for integer literals, <see cref="double"/> for float literals), booleans.
/// </summary>
public sealed class JsonType : ScalarType
{
    public JsonType()
        : base("JSON", "The `JSON` scalar type represents any JSON value: an object, an array, a string, a number, a boolean or null.")
    {
    }

    /// <summary>The value itself; a <see cref="JsonElement"/> is converted to plain values.</summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is JsonElement element ? ExternalValues.FromJson(element)! : value;
    }

    /// <summary>Any value.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is JsonElement element ? ExternalValues.FromJson(element)! : value;
    }

    /// <summary>
    /// Any literal: objects and lists become dictionaries and lists, enum values their name, and variables inside take
    /// their values (a missing variable drops an object field and is null in a list).
    /// </summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return FromLiteral(literal, variables)
            ?? throw new GraphQLCoercionException($"JSON cannot represent value: {Printer.Print(literal)}");
    }

    public override ValueNode ValueToLiteral(object value) => Literals.FromResultValue(CoerceOutputValue(value), this);

    private static object? FromLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (literal)
        {
            case NullValueNode:
                return null;
            case StringValueNode stringValue:
                return stringValue.Value;
            case BooleanValueNode booleanValue:
                return booleanValue.Value;
            case EnumValueNode enumValue:
                return enumValue.Value;
            case IntValueNode intValue:
                if (long.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return integer;
                }

                return double.Parse(intValue.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode floatValue:
                var floating = double.Parse(floatValue.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
                return double.IsFinite(floating)
                    ? floating
                    : throw new GraphQLCoercionException($"JSON cannot represent a number outside the double-precision range: {floatValue.Value}");
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : null;
            case ListValueNode list:
                var items = new object?[list.Values.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = FromLiteral(list.Values[i], variables);
                }

                return items;
            case ObjectValueNode objectValue:
                var fields = new Dictionary<string, object?>(objectValue.Fields.Count, StringComparer.Ordinal);
                foreach (var field in objectValue.Fields)
                {
                    if (field.Value is VariableNode fieldVariable && (variables is null || !variables.ContainsKey(fieldVariable.Name.Value)))
                    {
                        continue;
                    }

                    fields[field.Name.Value] = FromLiteral(field.Value, variables);
                }

                return fields;
            default:
                throw new GraphQLCoercionException($"JSON cannot represent value: {Printer.Print(literal)}");
        }
    }
}
