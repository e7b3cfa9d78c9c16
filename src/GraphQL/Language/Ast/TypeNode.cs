namespace GraphQL.Language.Ast;

/// <summary>
/// <c>Type : NamedType | ListType | NonNullType</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Type-References">§2.11 Type References</see>).
/// </summary>
public abstract class TypeNode : SyntaxNode
{
}
