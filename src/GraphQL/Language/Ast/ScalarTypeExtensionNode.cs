namespace GraphQL.Language.Ast;

/// <summary>
/// <c>ScalarTypeExtension : extend scalar Name Directives[Const]</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Scalar-Extensions">§3.5.6 Scalar Extensions</see>).
/// </summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
