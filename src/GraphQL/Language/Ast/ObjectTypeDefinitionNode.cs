namespace GraphQL.Language.Ast;

/// <summary>
/// <c>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Objects">§3.6 Objects</see>).
/// </summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    /// <summary><c>ImplementsInterfaces : implements &amp;? NamedType (&amp; NamedType)*</c>.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
