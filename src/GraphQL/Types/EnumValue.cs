namespace GraphQL.Types;

/// <summary>
/// <c>EnumValueDefinition : Description? EnumValue Directives[Const]?</c>: one value of an enum type, with the CLR
/// value it stands for (<see href="https://spec.graphql.org/September2025/#sec-Enums">§3.9 Enums</see>).
/// </summary>
public sealed class EnumValue : SchemaElement
{
    private object _value;
    private string? _deprecationReason;

    /// <param name="name">The name clients use.</param>
    /// <param name="value">The internal value resolvers return and arguments receive; the name itself when <c>null</c>.</param>
    /// <param name="description">The value's description.</param>
    public EnumValue(string name, object? value = null, string? description = null)
    {
        NameValidation.ThrowIfInvalid(name);
        Name = name;
        _value = value ?? name;
        Description = description;
    }

    public string Name { get; }

    /// <summary>The internal value; the name unless set otherwise.</summary>
    public object Value
    {
        get => _value;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            ThrowIfFrozen();
            _value = value;
        }
    }

    public EnumType? DeclaringType { get; internal set; }

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

    /// <summary>The schema coordinate, <c>Enum.VALUE</c> (Schema Coordinates).</summary>
    public string Coordinate => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;

    public override string ToString() => Coordinate;
}
