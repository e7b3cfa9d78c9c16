namespace GraphQL.Language.Ast;

/// <summary>
/// <c>StringValue :: "" | " StringCharacter+ " | BlockString</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-String-Value">§2.9.4 String Value</see>).
/// Also the node of every <c>Description</c>.
/// </summary>
public sealed class StringValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The string's value: escapes resolved, or for a block string the result of <c>BlockStringValue()</c>.</summary>
    public required string Value { get; init; }

    /// <summary>Whether the source used a block string (<c>"""</c>); the printer keeps that form.</summary>
    public bool Block { get; init; }
}
