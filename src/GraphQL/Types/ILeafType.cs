using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// A scalar or enum: a type whose values are the leaves of a response and of input values
/// (<see href="https://spec.graphql.org/September2025/#sec-Scalars">§3.5 Scalars</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Enums">§3.9 Enums</see>).
/// </summary>
/// <remarks>
/// The four coercions never receive <c>null</c>: callers handle null (and non-null types) themselves.
/// "External" input values are plain CLR values; see <see cref="ScalarType"/> for the representation.
/// Failures throw <see cref="GraphQLCoercionException"/>.
/// </remarks>
public interface ILeafType : INamedType, IInputType, IOutputType
{
    /// <summary>Result coercion: an internal value returned by a resolver → a value for the response.</summary>
    object CoerceOutputValue(object value);

    /// <summary>Input coercion of an external value (a variable's value from the request).</summary>
    object CoerceInputValue(object value);

    /// <summary>
    /// Input coercion of a literal from a document. <paramref name="variables"/> holds coerced variable
    /// values, only needed by types whose literals may contain variables (like <c>JSON</c>).
    /// </summary>
    object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>The literal that would coerce to the given internal value, for printing default values.</summary>
    ValueNode ValueToLiteral(object value);
}
