using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</c>: a leaf type with its own coercion rules
/// (<see href="https://spec.graphql.org/September2025/#sec-Scalars">§3.5 Scalars</see>). Derive from it for a custom scalar;
/// the built-in and provided scalars are on <see cref="Scalars"/>.
/// </summary>
/// <remarks>
/// <para>Three representations meet here:</para>
/// <list type="bullet">
/// <item><b>Internal values</b>: what resolvers return and arguments receive (<c>int</c> for <c>Int</c>,
/// <see cref="Guid"/> for <c>UUID</c>, <see cref="DateTimeOffset"/> for <c>DateTime</c>…).</item>
/// <item><b>Result values</b>: what <see cref="CoerceOutputValue"/> returns for the response serializer:
/// <c>null</c>, <see cref="bool"/>, <see cref="int"/>/<see cref="long"/>/<see cref="double"/>/<see cref="decimal"/>,
/// <see cref="string"/>, and for <c>JSON</c> lists and string-keyed dictionaries of those.</item>
/// <item><b>External input values</b>: variable values as they arrive from the request, given to
/// <see cref="CoerceInputValue"/>. They are plain CLR values, never <c>JsonElement</c>: <c>null</c>,
/// <see cref="bool"/>, a number (<see cref="int"/>, <see cref="long"/>, <see cref="double"/> or <see cref="decimal"/>,
/// any other CLR numeric type is accepted too), <see cref="string"/>, <see cref="IReadOnlyList{T}"/> of <c>object?</c>
/// for lists and <see cref="IReadOnlyDictionary{TKey, TValue}"/> of <c>string</c> to <c>object?</c> for objects.
/// <see cref="ExternalValues.FromJson(System.Text.Json.JsonElement)"/> converts parsed JSON to this form.</item>
/// </list>
/// <para>The coercion methods never receive <c>null</c> and report failure by throwing <see cref="GraphQLCoercionException"/>.</para>
/// </remarks>
public abstract class ScalarType : NamedTypeBase, ILeafType
{
    private string? _specifiedByUrl;

    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name)
    {
        Description = description;
        _specifiedByUrl = specifiedByUrl;
    }

    public sealed override TypeKind Kind => TypeKind.Scalar;

    /// <summary>
    /// The URL of the scalar's specification, given by <c>@specifiedBy(url:)</c>
    /// (<see href="https://spec.graphql.org/September2025/#sec--specifiedBy">§3.13 @specifiedBy</see>); <c>null</c> for the
    /// built-in scalars.
    /// </summary>
    public string? SpecifiedByUrl
    {
        get => _specifiedByUrl;
        set
        {
            ThrowIfFrozen();
            _specifiedByUrl = value;
        }
    }

    /// <summary>Whether this is one of the five scalars the specification defines (§3.5.1–§3.5.5).</summary>
    public bool IsSpecifiedScalar => Scalars.IsSpecified(this);

    /// <summary>Result coercion: an internal value → a result value (§3.5 "Result Coercion and Serialization").</summary>
    public abstract object CoerceOutputValue(object value);

    /// <summary>Input coercion of an external input value (a variable's value; §3.5 "Input Coercion").</summary>
    public abstract object CoerceInputValue(object value);

    /// <summary>
    /// Input coercion of a literal (§3.5 "Input Coercion"). Never called with <see cref="NullValueNode"/>, nor with a
    /// <see cref="VariableNode"/> at the top; only literals of scalars that accept lists or objects (like <c>JSON</c>)
    /// can contain variables, whose coerced values are in <paramref name="variables"/>.
    /// </summary>
    public abstract object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>
    /// The literal for an internal value, used to print default values. The default serializes the value with
    /// <see cref="CoerceOutputValue"/> and writes the result as a literal.
    /// </summary>
    public virtual ValueNode ValueToLiteral(object value) => Literals.FromResultValue(CoerceOutputValue(value), this);
}
