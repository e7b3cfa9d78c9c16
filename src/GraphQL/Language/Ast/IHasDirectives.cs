namespace GraphQL.Language.Ast;

/// <summary>
/// A node that may carry <c>Directives</c>; lets rules such as "directives are unique per location"
/// (§5.7.3) treat every location alike.
/// </summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
