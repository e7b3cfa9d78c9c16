namespace GraphQL.Language.Ast;

/// <summary>
/// <c>TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Type-Extensions">§3.4.3 Type Extensions</see>).
/// </summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }
}
