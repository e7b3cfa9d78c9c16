using System.Text.Json;

namespace GraphQL.Types;

/// <summary>
/// Converts JSON to external input values, the plain CLR form <see cref="ScalarType.CoerceInputValue"/> and
/// <see cref="ValueCoercion.CoerceInputValue"/> take (see <see cref="ScalarType"/>).
/// </summary>
public static class ExternalValues
{
    /// <summary>
    /// Converts a JSON value: objects become <see cref="IReadOnlyDictionary{TKey, TValue}"/> (string → object?),
    /// arrays <see cref="IReadOnlyList{T}"/> of <c>object?</c>, integers that fit <see cref="long"/> a <see cref="long"/>,
    /// other numbers a <see cref="double"/>, strings, booleans and null themselves.
    /// </summary>
    public static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    // JSON allows duplicate keys; like JSON.parse, the last one wins.
                    dictionary[property.Name] = FromJson(property.Value);
                }

                return dictionary;
            case JsonValueKind.Array:
                var list = new object?[element.GetArrayLength()];
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    list[index++] = FromJson(item);
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt64(out var integer))
                {
                    return integer;
                }

                // A number beyond double's range reads as ±Infinity, which Float and the others then reject.
                return element.TryGetDouble(out var floating)
                    ? floating
                    : double.Parse(element.GetRawText(), System.Globalization.CultureInfo.InvariantCulture);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
