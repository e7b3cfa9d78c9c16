namespace GraphQL.Language.Ast;

/// <summary>
/// <c>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Enums">§3.9 Enums</see>).
/// </summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
