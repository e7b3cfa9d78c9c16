namespace GraphQL.Language.Ast;

/// <summary>
/// <c>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Language.Variables">§2.10 Variables</see>).
/// </summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    /// <summary><c>DefaultValue : = Value[Const]</c>; never contains a variable.</summary>
    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
