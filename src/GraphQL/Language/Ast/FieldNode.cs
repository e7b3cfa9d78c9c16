namespace GraphQL.Language.Ast;

/// <summary>
/// <c>Field : Alias? Name Arguments? Directives? SelectionSet?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Language.Fields">§2.5 Fields</see>).
/// </summary>
public sealed class FieldNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary><c>Alias : Name :</c> (§2.7 Field Alias).</summary>
    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key of this field in the response: the alias if present, else the name (§2.7).</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}
