namespace GraphQL.Language.Ast;

/// <summary>
/// <c>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Union-Extensions">§3.8.1 Union Extensions</see>).
/// </summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
