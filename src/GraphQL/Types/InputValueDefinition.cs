using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</c>: an argument of a field or
/// directive, or a field of an input object
/// (<see href="https://spec.graphql.org/September2025/#sec-Field-Arguments">§3.6.1 Field Arguments</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Input-Objects">§3.10 Input Objects</see>).
/// </summary>
/// <remarks>
/// A default value can be given as a literal (<see cref="DefaultValueLiteral"/>, as SDL does) or as an internal value
/// (<see cref="SetDefaultValue"/>, as code does); the other form is derived on first use. Building the schema
/// computes both and reports a default value that does not fit the type.
/// </remarks>
public sealed class InputValueDefinition : SchemaElement
{
    private ValueNode? _defaultLiteral;
    private object? _defaultValue;
    private DefaultState _state;
    private string? _deprecationReason;

    public InputValueDefinition(string name, IInputType type, string? description = null)
    {
        NameValidation.ThrowIfInvalid(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
    }

    private enum DefaultState : byte
    {
        None,
        LiteralOnly,
        ValueOnly,
        Computing,
        Both,
    }

    public string Name { get; }

    public IInputType Type { get; }

    /// <summary>The field, directive or input object type this input value belongs to.</summary>
    public SchemaElement? Parent { get; private set; }

    public bool HasDefaultValue => _state != DefaultState.None;

    /// <summary>The default value as a literal (<c>DefaultValue : = Value[Const]</c>), or <c>null</c> when there is none.</summary>
    /// <exception cref="GraphQLCoercionException">A default given by <see cref="SetDefaultValue"/> cannot be expressed in the type.</exception>
    public ValueNode? DefaultValueLiteral
    {
        get
        {
            if (_state == DefaultState.ValueOnly)
            {
                _defaultLiteral = ValueCoercion.ValueToLiteral(_defaultValue, Type);
                _state = DefaultState.Both;
            }

            return _defaultLiteral;
        }

        set
        {
            ThrowIfFrozen();
            _defaultLiteral = value;
            _defaultValue = null;
            _state = value is null ? DefaultState.None : DefaultState.LiteralOnly;
        }
    }

    /// <summary>The default value coerced to <see cref="Type"/> (an internal value), or <c>null</c> when there is none.</summary>
    /// <exception cref="GraphQLCoercionException">The default literal does not fit the type.</exception>
    public object? DefaultValue
    {
        get
        {
            switch (_state)
            {
                case DefaultState.LiteralOnly:
                    // An input object's field default may contain an object of the same type whose missing fields take
                    // their defaults again; the Computing state turns such a cycle into an error instead of a stack overflow.
                    _state = DefaultState.Computing;
                    try
                    {
                        _defaultValue = ValueCoercion.CoerceInputLiteral(_defaultLiteral!, Type);
                        _state = DefaultState.Both;
                    }
                    catch
                    {
                        _state = DefaultState.LiteralOnly;
                        throw;
                    }

                    break;
                case DefaultState.Computing:
                    throw new GraphQLCoercionException($"The default value of {Coordinate} refers to itself.");
            }

            return _defaultValue;
        }
    }

    /// <summary>Whether the input value is required: non-null with no default value.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    /// <summary>The reason given by <c>@deprecated</c>, or <c>null</c> when not deprecated.</summary>
    public string? DeprecationReason
    {
        get => _deprecationReason;
        set
        {
            ThrowIfFrozen();
            _deprecationReason = value;
        }
    }

    public bool IsDeprecated => _deprecationReason is not null;

    /// <summary>
    /// The schema coordinate: <c>Type.field(arg:)</c>, <c>@directive(arg:)</c> or <c>Input.field</c>
    /// (<see href="https://spec.graphql.org/September2025/#sec-Schema-Coordinates">Schema Coordinates</see>).
    /// </summary>
    public string Coordinate => Parent switch
    {
        FieldDefinition owner => $"{owner.Coordinate}({Name}:)",
        DirectiveDefinition directive => $"@{directive.Name}({Name}:)",
        InputObjectType input => input.Name + "." + Name,
        _ => Name,
    };

    /// <summary>Sets the default as an internal value, already of <see cref="Type"/>'s internal representation.</summary>
    public void SetDefaultValue(object? value)
    {
        ThrowIfFrozen();
        _defaultValue = value;
        _defaultLiteral = null;
        _state = DefaultState.ValueOnly;
    }

    public override string ToString() => Coordinate;

    internal void AttachTo(SchemaElement parent)
    {
        if (Parent is not null && !ReferenceEquals(Parent, parent))
        {
            throw new InvalidOperationException($"'{Coordinate}' already belongs to '{Parent}'.");
        }

        Parent = parent;
    }

    private protected override void OnFreeze()
    {
        // Settle both forms now so readers of a frozen schema never write.
        if (_state is DefaultState.LiteralOnly or DefaultState.ValueOnly)
        {
            _ = DefaultValue;
            _ = DefaultValueLiteral;
        }
    }
}
