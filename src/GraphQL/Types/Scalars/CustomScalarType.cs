using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// A scalar whose coercion is given by delegates. By default it passes values through unchanged and reads literals
/// like <c>JSON</c> does, which is how graphql-js treats a scalar it knows nothing about; <see cref="SchemaBuilder"/>
/// uses it for SDL scalars it has no implementation for.
/// </summary>
public sealed class CustomScalarType : ScalarType
{
    private readonly Func<object, object> _coerceOutputValue;
    private readonly Func<object, object> _coerceInputValue;
    private readonly Func<ValueNode, IReadOnlyDictionary<string, object?>?, object> _coerceInputLiteral;

    public CustomScalarType(
        string name,
        string? description = null,
        Func<object, object>? coerceOutputValue = null,
        Func<object, object>? coerceInputValue = null,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object>? coerceInputLiteral = null)
        : base(name, description)
    {
        _coerceOutputValue = coerceOutputValue ?? (static value => value);
        _coerceInputValue = coerceInputValue ?? (static value => value);
        _coerceInputLiteral = coerceInputLiteral ?? Scalars.Json.CoerceInputLiteral;
    }

    public override object CoerceOutputValue(object value) => _coerceOutputValue(value);

    public override object CoerceInputValue(object value) => _coerceInputValue(value);

    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        _coerceInputLiteral(literal, variables);
}
