namespace GraphQL.Language.Ast;

/// <summary>
/// <c>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Unions">§3.8 Unions</see>).
/// </summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <summary><c>UnionMemberTypes : = |? NamedType (| NamedType)*</c>.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
