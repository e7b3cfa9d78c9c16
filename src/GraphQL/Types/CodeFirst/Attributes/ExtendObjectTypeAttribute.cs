namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Marks a class whose public methods and properties add fields to another object type: a root type by name
/// (<c>[ExtendObjectType("Query")]</c>) or a code-first type by its CLR type (<c>[ExtendObjectType(typeof(Playbook))]</c>).
/// Register it with <see cref="CodeFirstSchemaBuilder.AddTypeExtension{TExtension}"/>. On a method, a first parameter of
/// the extended CLR type receives the parent object.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    public ExtendObjectTypeAttribute(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        TypeName = typeName;
    }

    public ExtendObjectTypeAttribute(Type extendedType)
    {
        ArgumentNullException.ThrowIfNull(extendedType);
        ExtendedType = extendedType;
    }

    public string? TypeName { get; }

    public Type? ExtendedType { get; }
}
