namespace GraphQL.Language.Ast;

/// <summary>
/// <c>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Scalars">§3.5 Scalars</see>).
/// </summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}
