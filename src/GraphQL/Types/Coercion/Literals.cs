using System.Collections;
using System.Globalization;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>Builds value literals from result values, for printing default values (<c>astFromValue</c>).</summary>
internal static class Literals
{
    /// <summary>
    /// The literal for a result value: strings, booleans, numbers, and (for <c>JSON</c>) lists and objects of those.
    /// </summary>
    public static ValueNode FromResultValue(object? value, INamedType type)
    {
        switch (value)
        {
            case null:
                return new NullValueNode();
            case string text:
                return new StringValueNode { Value = text };
            case bool boolean:
                return new BooleanValueNode { Value = boolean };
            case double or float:
                return FromDouble(Convert.ToDouble(value, CultureInfo.InvariantCulture), type);
            case decimal number:
                return number == decimal.Truncate(number)
                    ? new IntValueNode { Value = decimal.Truncate(number).ToString(CultureInfo.InvariantCulture) }
                    : new FloatValueNode { Value = number.ToString(CultureInfo.InvariantCulture) };
            case IReadOnlyDictionary<string, object?> dictionary:
                return FromEntries(dictionary, type);
            case IDictionary<string, object?> dictionary:
                return FromEntries(dictionary, type);
            case IEnumerable items:
                var values = new List<ValueNode>();
                foreach (var item in items)
                {
                    values.Add(FromResultValue(item, type));
                }

                return new ListValueNode { Values = values };
            default:
                if (Numbers.ReadInteger(value, out var integer) == IntegerRead.Integer)
                {
                    return new IntValueNode { Value = integer.ToString(CultureInfo.InvariantCulture) };
                }

                if (value is ulong unsigned)
                {
                    return new IntValueNode { Value = unsigned.ToString(CultureInfo.InvariantCulture) };
                }

                throw new GraphQLCoercionException($"{type.Name} cannot represent value as a literal: {ValueInspector.Inspect(value)}");
        }
    }

    private static ValueNode FromDouble(double number, INamedType type)
    {
        if (!double.IsFinite(number))
        {
            throw new GraphQLCoercionException($"{type.Name} cannot represent non numeric value: {ValueInspector.Inspect(number)}");
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);

        // "R" writes integral doubles without a fraction ("3", "1E+21"); only the former is an IntValue.
        return text.AsSpan().IndexOfAny('.', 'E') < 0
            ? new IntValueNode { Value = text }
            : new FloatValueNode { Value = text };
    }

    private static ObjectValueNode FromEntries(IEnumerable<KeyValuePair<string, object?>> entries, INamedType type)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var entry in entries)
        {
            fields.Add(new ObjectFieldNode
            {
                Name = new NameNode { Value = entry.Key },
                Value = FromResultValue(entry.Value, type),
            });
        }

        return new ObjectValueNode { Fields = fields };
    }
}
