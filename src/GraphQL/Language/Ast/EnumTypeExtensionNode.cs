namespace GraphQL.Language.Ast;

/// <summary>
/// <c>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Enum-Extensions">§3.9.1 Enum Extensions</see>).
/// </summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
