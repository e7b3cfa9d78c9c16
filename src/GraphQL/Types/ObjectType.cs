namespace GraphQL.Types;

/// <summary>
/// <c>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Objects">§3.6 Objects</see>).
/// </summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;
}
