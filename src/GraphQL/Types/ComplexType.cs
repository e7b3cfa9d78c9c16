namespace GraphQL.Types;

/// <summary>
/// What object and interface types share: fields, and the interfaces they implement
/// (<see href="https://spec.graphql.org/September2025/#sec-Objects">§3.6 Objects</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Interfaces">§3.7 Interfaces</see>).
/// </summary>
public abstract class ComplexType : NamedTypeBase, ICompositeType
{
    private List<InterfaceType>? _interfaces;
    private InterfaceType[]? _frozenInterfaces;

    private protected ComplexType(string name, string? description)
        : base(name)
    {
        Description = description;
        Fields = new DefinitionCollection<FieldDefinition>(static field => field.Name);
    }

    /// <summary><c>FieldsDefinition : { FieldDefinition+ }</c>, in definition order.</summary>
    public DefinitionCollection<FieldDefinition> Fields { get; }

    /// <summary><c>ImplementsInterfaces</c>: the interfaces the type declares, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces =>
        _frozenInterfaces ?? (IReadOnlyList<InterfaceType>?)_interfaces ?? [];

    /// <summary>Adds a field; returns it so arguments can be chained onto it.</summary>
    public FieldDefinition AddField(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        ThrowIfFrozen();
        if (field.DeclaringType is not null)
        {
            throw new InvalidOperationException($"Field '{field.Coordinate}' already belongs to a type.");
        }

        Fields.Add(field);
        field.DeclaringType = this;
        return field;
    }

    /// <summary>Puts <paramref name="field"/> in the place of the field of the same name (a feature changing a field's type).</summary>
    internal void ReplaceField(FieldDefinition field)
    {
        ThrowIfFrozen();
        Fields.Replace(field);
        field.DeclaringType = this;
    }

    /// <summary>Declares that this type implements <paramref name="interfaceType"/>.</summary>
    public void AddInterface(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        ThrowIfFrozen();
        (_interfaces ??= []).Add(interfaceType);
    }

    public FieldDefinition? GetField(string name) => Fields.Find(name);

    /// <summary>Whether the type declares <paramref name="interfaceType"/> among its interfaces.</summary>
    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var declared in Interfaces)
        {
            if (ReferenceEquals(declared, interfaceType))
            {
                return true;
            }
        }

        return false;
    }

    private protected override void OnFreeze()
    {
        _frozenInterfaces = _interfaces is null ? [] : [.. _interfaces];
        _interfaces = null;
        foreach (var field in Fields)
        {
            field.Freeze();
        }
    }
}
