using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>ID</c>: a unique identifier, serialized as a string (<see href="https://spec.graphql.org/September2025/#sec-ID">§3.5.5 ID</see>).
/// Internal and result values are <see cref="string"/>; integer input is accepted and turned into its decimal string.
/// </summary>
public sealed class IdType : ScalarType
{
    public IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    /// <summary>Strings, integers and GUIDs, as a string.</summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            string => value,
            Guid guid => guid.ToString("D"),
            _ => FromInteger(value),
        };
    }

    /// <summary>Strings, and integers turned into their decimal string.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is string ? value : FromInteger(value);
    }

    /// <summary>A <see cref="StringValueNode"/> or an <see cref="IntValueNode"/> (kept as written).</summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            StringValueNode stringValue => stringValue.Value,
            IntValueNode intValue => intValue.Value,
            _ => throw new GraphQLCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
        };
    }

    private static string FromInteger(object value)
    {
        if (Numbers.ReadInteger(value, out var integer) == IntegerRead.Integer)
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        if (value is ulong unsigned)
        {
            return unsigned.ToString(CultureInfo.InvariantCulture);
        }

        throw new GraphQLCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }
}
