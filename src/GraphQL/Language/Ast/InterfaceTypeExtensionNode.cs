namespace GraphQL.Language.Ast;

/// <summary>
/// <c>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition</c> (or without
/// fields when interfaces or directives are given)
/// (<see href="https://spec.graphql.org/September2025/#sec-Interface-Extensions">§3.7.1 Interface Extensions</see>).
/// </summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
