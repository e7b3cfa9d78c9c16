using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphQL.Data;

/// <summary>
/// Cursors: base64url of <c>{"k":[key values…, primary key],"s":signature}</c>. The signature is a short hash of the field,
/// the order and the values, so a cursor of another field or order, or an edited one, is refused with
/// <c>INVALID_CURSOR</c>. It detects mistakes, not attacks: the values are no secret, and row-level security decides
/// what a reader sees whatever the cursor says.
/// </summary>
internal static class CursorCodec
{
    public static string Encode(string coordinate, IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        var array = new JsonArray();
        for (var i = 0; i < keys.Count; i++)
        {
            array.Add(JsonSerializer.SerializeToNode(values[i], keys[i].ValueType));
        }

        var valuesJson = array.ToJsonString();
        var cursor = new JsonObject { ["k"] = JsonNode.Parse(valuesJson), ["s"] = Signature(coordinate, keys, valuesJson) };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(cursor.ToJsonString()));
    }

    /// <summary>The key values of a cursor made by <see cref="Encode"/> for this field and order.</summary>
    public static object?[] Decode(string cursor, string argument, string coordinate, IReadOnlyList<SortKey> keys)
    {
        try
        {
            var json = JsonNode.Parse(Base64Url.DecodeFromChars(cursor)) as JsonObject;
            if (json?["k"] is not JsonArray array || json["s"]?.GetValue<string>() is not { } signature || array.Count != keys.Count)
            {
                throw DataErrors.InvalidCursor(argument);
            }

            if (!CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Signature(coordinate, keys, array.ToJsonString()))))
            {
                throw DataErrors.InvalidCursor(argument);
            }

            var values = new object?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                values[i] = array[i]?.Deserialize(keys[i].ValueType);
                if (values[i] is null && !FilterExpressionBuilder.CanBeNull(keys[i].ValueType))
                {
                    throw DataErrors.InvalidCursor(argument);
                }
            }

            return values;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException or ArgumentException)
        {
            throw DataErrors.InvalidCursor(argument);
        }
    }

    private static string Signature(string coordinate, IReadOnlyList<SortKey> keys, string valuesJson)
    {
        var text = coordinate + "|" + string.Join(",", keys.Select(key => key.Name)) + "|" + valuesJson;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 6));
    }
}
