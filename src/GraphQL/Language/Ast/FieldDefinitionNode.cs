namespace GraphQL.Language.Ast;

/// <summary>
/// <c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</c>
/// (<see href="https://spec.graphql.org/September2025/#FieldDefinition">§3.6 Objects</see>).
/// </summary>
public sealed class FieldDefinitionNode : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    /// <summary><c>ArgumentsDefinition : ( InputValueDefinition+ )</c> (§3.6.1 Field Arguments).</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
