namespace GraphQL.Language.Ast;

/// <summary>
/// <c>EnumValueDefinition : Description? EnumValue Directives[Const]?</c>
/// (<see href="https://spec.graphql.org/September2025/#EnumValueDefinition">§3.9 Enums</see>).
/// </summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    /// <summary>The value's name; never <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
