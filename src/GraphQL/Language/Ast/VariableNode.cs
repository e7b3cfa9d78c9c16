namespace GraphQL.Language.Ast;

/// <summary>
/// <c>Variable : $ Name</c>
/// (<see href="https://spec.graphql.org/September2025/#Variable">§2.10 Variables</see>).
/// A value node because <c>Value[~Const]</c> includes it.
/// </summary>
public sealed class VariableNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;

    public required NameNode Name { get; init; }
}
