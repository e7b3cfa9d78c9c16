using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL.Execution;

namespace GraphQL.Data.GlobalIds;

/// <summary>
/// An opaque global ID (<see href="https://relay.dev/graphql/objectidentification.htm">Relay object identification</see>):
/// the base64url (no padding) of <c>TypeName:key</c>. Keys are <see cref="Guid"/> (formatted <c>D</c>),
/// <see cref="int"/> and <see cref="long"/> (invariant digits) or <see cref="string"/> (as is; it may contain ':').
/// Clients must treat the ID as opaque; the server reads the type to resolve <c>node(id)</c> and to reject an ID of
/// the wrong type.
/// </summary>
public readonly record struct GlobalId(string TypeName, string Key)
{
    /// <summary>The ID of the object of type <paramref name="typeName"/> with <paramref name="key"/>.</summary>
    public static string Encode(string typeName, object key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        var text = key switch
        {
            Guid guid => guid.ToString("D"),
            int number => number.ToString(CultureInfo.InvariantCulture),
            long number => number.ToString(CultureInfo.InvariantCulture),
            string value => value,
            _ => throw new ArgumentException($"Global ID keys are Guid, int, long or string, not {key.GetType().Name}.", nameof(key)),
        };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + text));
    }

    /// <summary>Reads an ID; false when it is not one this server made.</summary>
    public static bool TryDecode(string? id, out GlobalId decoded)
    {
        decoded = default;
        if (string.IsNullOrEmpty(id) || !Base64Url.IsValid(id))
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        }
        catch (FormatException)
        {
            return false;
        }

        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == text.Length - 1)
        {
            return false;
        }

        decoded = new GlobalId(text[..separator], text[(separator + 1)..]);
        return true;
    }

    /// <summary>
    /// The key of <paramref name="id"/>, which must be an ID of <paramref name="expectedTypeName"/>; what an argument
    /// declared as an ID of one type does with its value.
    /// </summary>
    /// <exception cref="GraphQLException"><c>INVALID_ID</c>: not an ID, an ID of another type, or a key of another kind.</exception>
    public static TKey DecodeKey<TKey>(string? id, string expectedTypeName)
    {
        if (!TryDecode(id, out var decoded))
        {
            throw new GraphQLException(GlobalIdErrors.Malformed(id));
        }

        if (!string.Equals(decoded.TypeName, expectedTypeName, StringComparison.Ordinal))
        {
            throw new GraphQLException(GlobalIdErrors.WrongType(id!, expectedTypeName));
        }

        return decoded.TryParseKey<TKey>(out var key) ? key : throw new GraphQLException(GlobalIdErrors.Malformed(id));
    }

    /// <summary>The key as <typeparamref name="TKey"/> (Guid, int, long or string).</summary>
    public bool TryParseKey<TKey>(out TKey key)
    {
        object? parsed = typeof(TKey) switch
        {
            var type when type == typeof(Guid) => Guid.TryParseExact(Key, "D", out var guid) ? guid : null,
            var type when type == typeof(int) => int.TryParse(Key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null,
            var type when type == typeof(long) => long.TryParse(Key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null,
            var type when type == typeof(string) => Key,
            _ => throw new NotSupportedException($"Global ID keys are Guid, int, long or string, not {typeof(TKey).Name}."),
        };
        key = parsed is TKey typed ? typed : default!;
        return parsed is not null;
    }
}
