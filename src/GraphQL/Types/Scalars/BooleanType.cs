using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>Boolean</c>: <c>true</c> or <c>false</c> (<see href="https://spec.graphql.org/September2025/#sec-Boolean">§3.5.4 Boolean</see>).
/// Internal and result values are <see cref="bool"/>.
/// </summary>
public sealed class BooleanType : ScalarType
{
    private static readonly object True = true;
    private static readonly object False = false;

    public BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    /// <summary>Booleans, and finite numbers as whether they are non-zero.</summary>
    public override object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is bool)
        {
            return value;
        }

        if (Numbers.TryReadDouble(value, out var number) && double.IsFinite(number))
        {
            return number != 0 ? True : False;
        }

        throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Only booleans.</summary>
    public override object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is bool
            ? value
            : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Only a <see cref="BooleanValueNode"/>.</summary>
    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is BooleanValueNode booleanValue
            ? booleanValue.Value ? True : False
            : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
    }
}
