namespace GraphQL.Language.Ast;

/// <summary>
/// <c>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition</c> (or without fields
/// when interfaces or directives are given)
/// (<see href="https://spec.graphql.org/September2025/#sec-Object-Extensions">§3.6.3 Object Extensions</see>).
/// </summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
