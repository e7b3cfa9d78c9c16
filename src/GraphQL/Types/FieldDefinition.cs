namespace GraphQL.Types;

/// <summary>
/// <c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</c>: a field of an object or
/// interface type (<see href="https://spec.graphql.org/September2025/#sec-Objects">§3.6 Objects</see>).
/// </summary>
public sealed class FieldDefinition : SchemaElement
{
    private string? _deprecationReason;
    private object? _resolver;

    public FieldDefinition(string name, IOutputType type, string? description = null)
    {
        NameValidation.ThrowIfInvalid(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
        Arguments = new DefinitionCollection<InputValueDefinition>(static argument => argument.Name);
    }

    public string Name { get; }

    public IOutputType Type { get; }

    /// <summary>The field's arguments (<see href="https://spec.graphql.org/September2025/#sec-Field-Arguments">§3.6.1 Field Arguments</see>).</summary>
    public DefinitionCollection<InputValueDefinition> Arguments { get; }

    /// <summary>The object or interface type the field was added to.</summary>
    public ComplexType? DeclaringType { get; internal set; }

    /// <summary>
    /// The reason given by <c>@deprecated</c> (<see href="https://spec.graphql.org/September2025/#sec--deprecated">§3.13 @deprecated</see>),
    /// or <c>null</c> when the field is not deprecated.
    /// </summary>
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
    /// The execution layer's resolver for this field. The type system never reads it; its type is the
    /// execution layer's business. Writable after the schema is built (see <see cref="SchemaElement"/>).
    /// </summary>
    public object? Resolver
    {
        get => Volatile.Read(ref _resolver);
        set => Volatile.Write(ref _resolver, value);
    }

    /// <summary>
    /// The field's schema coordinate, <c>Type.field</c>
    /// (<see href="https://spec.graphql.org/September2025/#sec-Schema-Coordinates">Schema Coordinates</see>).
    /// </summary>
    public string Coordinate => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;

    /// <summary>Adds an argument; returns this field so arguments can be chained.</summary>
    public FieldDefinition AddArgument(InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ThrowIfFrozen();
        argument.AttachTo(this);
        Arguments.Add(argument);
        return this;
    }

    public InputValueDefinition? GetArgument(string name) => Arguments.Find(name);

    public override string ToString() => Coordinate;

    private protected override void OnFreeze()
    {
        foreach (var argument in Arguments)
        {
            argument.Freeze();
        }
    }
}
