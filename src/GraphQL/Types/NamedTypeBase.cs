namespace GraphQL.Types;

/// <summary>The name, kind and printing shared by the six kinds of named type.</summary>
public abstract class NamedTypeBase : SchemaElement, INamedType
{
    private protected NamedTypeBase(string name)
    {
        NameValidation.ThrowIfInvalid(name);
        Name = name;
    }

    public string Name { get; }

    public abstract TypeKind Kind { get; }

    /// <summary>
    /// Marks the <c>__Schema</c>, <c>__Type</c>… types the introspection layer defines, which are exempt
    /// from the rule that names must not begin with <c>__</c> (§3 Type System, "Reserved Names").
    /// </summary>
    public bool IsIntrospection { get; init; }

    /// <summary>Set when SDL declared a member that was dropped for an error, so validation does not also call the type empty.</summary>
    internal bool HasDroppedMembers { get; set; }

    public override string ToString() => Name;
}
