namespace GraphQL.Types;

/// <summary>
/// <c>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Unions">§3.8 Unions</see>).
/// </summary>
public sealed class UnionType : NamedTypeBase, IAbstractType
{
    private List<ObjectType>? _types;
    private ObjectType[]? _frozenTypes;

    public UnionType(string name, string? description = null)
        : base(name)
    {
        Description = description;
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types, in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types => _frozenTypes ?? (IReadOnlyList<ObjectType>?)_types ?? [];

    public void AddType(ObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        ThrowIfFrozen();
        (_types ??= []).Add(type);
    }

    private protected override void OnFreeze()
    {
        _frozenTypes = _types is null ? [] : [.. _types];
        _types = null;
    }
}
