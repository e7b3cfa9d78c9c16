namespace GraphQL.Language.Ast;

/// <summary>
/// <c>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Interfaces">§3.7 Interfaces</see>).
/// </summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
