namespace GraphQL.Language.Ast;

/// <summary>
/// <c>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</c>
/// (<see href="https://spec.graphql.org/September2025/#InputValueDefinition">§3.6.1 Field Arguments</see>):
/// a field or directive argument, or an input object field.
/// </summary>
public sealed class InputValueDefinitionNode : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    /// <summary><c>DefaultValue : = Value[Const]</c>.</summary>
    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
