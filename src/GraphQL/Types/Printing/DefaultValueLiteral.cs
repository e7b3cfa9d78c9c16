using System.Text.RegularExpressions;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// The literal <see cref="SchemaPrinter"/> prints for a default value: the coerced default turned back into a literal,
/// as graphql-js's <c>printSchema</c> does with <c>astFromValue(arg.defaultValue, arg.type)</c>.
/// </summary>
/// <remarks>
/// Printing the coerced value rather than the literal as written gives one canonical form: <c>[Int] = 1</c> prints as
/// <c>[1]</c>, <c>Float = 1.0</c> as <c>1</c>, and input object fields in definition order with their own defaults
/// filled in. Two details of <c>astFromValue</c> that <see cref="ValueCoercion.ValueToLiteral"/> does not share are
/// applied here: an <c>ID</c> that looks like an integer prints as an Int literal, and doubles print as JavaScript
/// writes numbers (<c>1e+21</c>, not <c>1E+21</c>).
/// </remarks>
internal static partial class DefaultValueLiteral
{
    /// <summary>The literal of the input value's default, or <c>null</c> when it has none.</summary>
    public static ValueNode? Of(InputValueDefinition inputValue)
    {
        if (!inputValue.HasDefaultValue)
        {
            return null;
        }

        return LikeGraphQLJs(ValueCoercion.ValueToLiteral(inputValue.DefaultValue, inputValue.Type), inputValue.Type);
    }

    private static ValueNode LikeGraphQLJs(ValueNode literal, IType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return LikeGraphQLJs(literal, nonNull.OfType);
            case ListType list:
                if (literal is not ListValueNode items)
                {
                    return LikeGraphQLJs(literal, list.OfType);
                }

                return new ListValueNode { Values = [.. items.Values.Select(item => LikeGraphQLJs(item, list.OfType))] };
            case InputObjectType inputObject when literal is ObjectValueNode obj:
                return new ObjectValueNode
                {
                    Fields =
                    [
                        .. obj.Fields.Select(field => inputObject.GetField(field.Name.Value) is { } definition
                            ? new ObjectFieldNode { Name = field.Name, Value = LikeGraphQLJs(field.Value, definition.Type) }
                            : field),
                    ],
                };
            case ScalarType scalar when ReferenceEquals(scalar, Scalars.ID) && literal is StringValueNode text && IntegerText().IsMatch(text.Value):
                return new IntValueNode { Value = text.Value };
            default:
                return literal switch
                {
                    FloatValueNode number => JsNumber(number),
                    IntValueNode { Value: "-0" } => new IntValueNode { Value = "0" }, // a double's -0, which JavaScript writes as 0
                    _ => literal,
                };
        }
    }

    // Only a double's round-trip text has an exponent; a decimal's digits are kept as they are.
    private static ValueNode JsNumber(FloatValueNode number)
    {
        if (!number.Value.Contains('E', StringComparison.Ordinal))
        {
            return number;
        }

        var text = JsNumberFormat.Format(double.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture));
        return IntegerText().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerText();
}
