using System.Text;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Fields that share a response name in a selection set, fragments and inline fragments included, can be merged:
/// they select the same field with the same arguments (unless their parents are different object types, which never
/// apply to the same object), and return values of the same shape
/// (<see href="https://spec.graphql.org/September2025/#sec-Field-Selection-Merging">Field Selection Merging</see>,
/// <c>FieldsInSetCanMerge</c> and <c>SameResponseShape</c>).
/// </summary>
/// <remarks>
/// <para>
/// The comparison follows graphql-js's, so both report the same conflicts at the same places: each selection set is
/// compared "within" itself once, and "between" the fragments it spreads; two fields with sub-selections compare
/// those sub-selections in turn. Collected selection sets, field pairs and fragment pairs are memoized, so the work
/// stays polynomial in the document's size (see <see cref="ConflictFinder"/>).
/// </para>
/// <para>
/// As in graphql-js, a document whose comparison would cost more than a fixed budget ends the rule with
/// <see cref="AbortedMessage"/>; no ordinary query comes near it.
/// </para>
/// </remarks>
public sealed partial class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    /// <summary>Reported, without a location, when a document is too costly to compare.</summary>
    public const string AbortedMessage = "Validation aborted.";

    /// <summary>Why two fields with the same name conflict when their arguments differ.</summary>
    public const string DifferingArgumentsReason = "they have differing arguments";

    // Keep messages and locations bounded whatever the document's size (graphql-js's limits).
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    public static string ConflictMessage(string responseName, string reason) =>
        $"Fields \"{Abbreviate(responseName)}\" conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.";

    /// <summary>Why two fields with one response name conflict when they select different fields.</summary>
    public static string DifferentFieldsReason(string fieldName1, string fieldName2) =>
        $"\"{Abbreviate(fieldName1)}\" and \"{Abbreviate(fieldName2)}\" are different fields";

    /// <summary>Why two fields conflict when their return types differ in shape.</summary>
    public static string ConflictingTypesReason(IType type1, IType type2) => $"they return conflicting types \"{type1}\" and \"{type2}\"";

    /// <summary>Why two fields conflict because fields in their sub-selections do: each sub-conflict, joined by "and".</summary>
    public static string SubfieldsReason(params IReadOnlyList<(string ResponseName, string Reason)> subfieldConflicts)
    {
        ArgumentNullException.ThrowIfNull(subfieldConflicts);
        var builder = new StringBuilder();
        foreach (var (responseName, reason) in subfieldConflicts)
        {
            if (builder.Length > 0)
            {
                builder.Append(" and ");
            }

            builder.Append("subfields \"").Append(Abbreviate(responseName)).Append("\" conflict because ").Append(reason);
            if (builder.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return Abbreviate(builder.ToString());
    }

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly ConflictFinder _finder = new(context);

        protected override VisitorAction EnterSelectionSet(SelectionSetNode node)
        {
            // An inline fragment's selections belong to the enclosing selection set, which compares them; a single
            // field or spread has nothing to conflict with here (its own sub-selections are visited on their own).
            if (Parent is InlineFragmentNode
                || (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode)))
            {
                return VisitorAction.Continue;
            }

            List<Conflict> conflicts;
            try
            {
                conflicts = _finder.FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, node);
            }
            catch (BudgetExceededException)
            {
                context.ReportError(GraphQLError.Validation(AbortedMessage));
                return VisitorAction.Stop;
            }

            foreach (var conflict in conflicts)
            {
                var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                context.ReportError(GraphQLError.Validation(ConflictMessage(conflict.ResponseName, conflict.Reason), [.. nodes]));
            }

            return VisitorAction.Continue;
        }
    }

    /// <summary>Two sets of fields (often one field each) that cannot be merged under one response name, and why.</summary>
    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>Thrown inside <see cref="ConflictFinder"/> when the document costs more than its budget.</summary>
    private sealed class BudgetExceededException : Exception
    {
        public BudgetExceededException()
            : base(AbortedMessage)
        {
        }
    }
}
