namespace GraphQL.Language.Ast;

/// <summary>
/// <c>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Input-Objects">§3.10 Input Objects</see>).
/// </summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <summary><c>InputFieldsDefinition : { InputValueDefinition+ }</c>.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
