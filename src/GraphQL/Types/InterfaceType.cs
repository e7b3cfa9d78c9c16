namespace GraphQL.Types;

/// <summary>
/// <c>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Interfaces">§3.7 Interfaces</see>).
/// Interfaces may implement other interfaces. The types implementing one are listed by
/// <see cref="Schema.GetImplementations"/>.
/// </summary>
public sealed class InterfaceType : ComplexType, IAbstractType
{
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;
}
