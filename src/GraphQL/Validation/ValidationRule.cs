using GraphQL.Language.Ast;

namespace GraphQL.Validation;

/// <summary>
/// A validation rule (<see href="https://spec.graphql.org/September2025/#sec-Validation">§5 Validation</see>): makes, for
/// each document, the visitor that checks it.
/// </summary>
/// <remarks>
/// <para>
/// A rule is stateless and may be shared by concurrent validations: whatever it tracks while it walks a document
/// (names seen, fragments used) lives in the visitor <see cref="CreateVisitor"/> returns, which serves that one
/// document. Configuration given to the constructor (such as a maximum depth) is fine.
/// </para>
/// <para>
/// The visitor runs in the single walk <see cref="DocumentValidator"/> makes for all rules; <see cref="ValidationContext.TypeInfo"/>
/// describes the node being entered or left, and <see cref="SyntaxVisitor.Ancestors"/> the nodes above it. Returning
/// <see cref="VisitorAction.SkipChildren"/> or <see cref="VisitorAction.Stop"/> affects only this rule's visitor.
/// Errors are reported with <see cref="ValidationContext.ReportError"/>, their message written once by a static method
/// of the rule so tests can refer to it.
/// </para>
/// </remarks>
public abstract class ValidationRule
{
    /// <summary>The visitor that checks one document; called once per validation.</summary>
    public abstract SyntaxVisitor CreateVisitor(ValidationContext context);

    public override string ToString() => GetType().Name;
}
