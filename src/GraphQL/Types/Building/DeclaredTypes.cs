namespace GraphQL.Types;

/// <summary>The named types declared to a <see cref="SchemaBuilder"/> (in code or SDL), by name and in declaration order.</summary>
internal sealed class DeclaredTypes
{
    private readonly Dictionary<string, INamedType> _byName = new(StringComparer.Ordinal);
    private readonly List<string> _errors;

    public DeclaredTypes(List<string> errors)
    {
        _errors = errors;
    }

    public List<INamedType> InOrder { get; } = [];

    /// <summary>Adds a type; a second, different type of the same name is an error.</summary>
    public bool Add(INamedType type)
    {
        if (_byName.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                _errors.Add(SchemaErrors.DuplicateType(type.Name));
            }

            return false;
        }

        _byName.Add(type.Name, type);
        InOrder.Add(type);
        return true;
    }

    /// <summary>The declared type with that name, or the built-in scalar of that name, or <c>null</c>.</summary>
    public INamedType? Find(string name) =>
        _byName.TryGetValue(name, out var type) ? type : Scalars.GetSpecified(name);

    public bool IsDeclared(string name) => _byName.ContainsKey(name);
}
