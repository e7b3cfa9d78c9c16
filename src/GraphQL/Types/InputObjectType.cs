namespace GraphQL.Types;

/// <summary>
/// <c>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Input-Objects">§3.10 Input Objects</see>).
/// Its coerced values are <see cref="IReadOnlyDictionary{TKey, TValue}"/> of field name to internal value.
/// </summary>
public sealed class InputObjectType : NamedTypeBase, IInputType
{
    private bool _isOneOf;

    public InputObjectType(string name, string? description = null)
        : base(name)
    {
        Description = description;
        Fields = new DefinitionCollection<InputValueDefinition>(static field => field.Name);
    }

    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields, in definition order.</summary>
    public DefinitionCollection<InputValueDefinition> Fields { get; }

    /// <summary>
    /// Whether this is a OneOf Input Object (<c>@oneOf</c>): exactly one field must be given, and not null
    /// (<see href="https://spec.graphql.org/September2025/#sec-OneOf-Input-Objects">OneOf Input Objects</see>).
    /// </summary>
    public bool IsOneOf
    {
        get => _isOneOf;
        set
        {
            ThrowIfFrozen();
            _isOneOf = value;
        }
    }

    /// <summary>Adds an input field; returns it.</summary>
    public InputValueDefinition AddField(InputValueDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        ThrowIfFrozen();
        field.AttachTo(this);
        Fields.Add(field);
        return field;
    }

    public InputValueDefinition? GetField(string name) => Fields.Find(name);

    private protected override void OnFreeze()
    {
        foreach (var field in Fields)
        {
            field.Freeze();
        }
    }
}
