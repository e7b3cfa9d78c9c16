namespace GraphQL.Language.Ast;

/// <summary>
/// <c>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Input-Object-Extensions">§3.10.1 Input Object Extensions</see>).
/// </summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
