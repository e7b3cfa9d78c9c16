using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Not a specification rule: limits how many fields an operation selects once its fragments are expanded, which
/// guards against documents that spread the same fragments many times over to make a small document costly.
/// Opt in through <see cref="ValidationOptions.AdditionalRules"/>.
/// </summary>
/// <remarks>
/// Every field counts where it is written and again each time a fragment containing it is spread; each
/// fragment's count is computed once per document. Counts saturate at <see cref="int.MaxValue"/>.
/// </remarks>
public sealed class MaxFieldCountRule : ValidationRule
{
    public MaxFieldCountRule(int maxFields)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFields);
        MaxFields = maxFields;
    }

    public int MaxFields { get; }

    public static string Message(string? operationName, int fieldCount, int maxFields) =>
        $"{(operationName is null ? "Anonymous operation" : $"Operation \"{operationName}\"")} selects {fieldCount} fields, "
        + $"which exceeds the maximum of {maxFields}.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxFields);

    private sealed class Visitor(ValidationContext context, int maxFields) : SyntaxVisitor
    {
        private const int InProgress = -1;

        private readonly Dictionary<string, int> _fragmentCounts = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            var count = Count(node.SelectionSet);
            if (count > maxFields)
            {
                context.ReportError(GraphQLError.Validation(Message(node.Name?.Value, count, maxFields), node));
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.SkipChildren;

        private static int Add(int a, int b) => a > int.MaxValue - b ? int.MaxValue : a + b;

        private int Count(SelectionSetNode selectionSet)
        {
            var total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var count = selection switch
                {
                    FieldNode field => Add(1, field.SelectionSet is null ? 0 : Count(field.SelectionSet)),
                    InlineFragmentNode inlineFragment => Count(inlineFragment.SelectionSet),
                    FragmentSpreadNode spread => FragmentCount(spread.Name.Value),
                    _ => 0,
                };
                total = Add(total, count);
            }

            return total;
        }

        private int FragmentCount(string name)
        {
            if (_fragmentCounts.TryGetValue(name, out var count))
            {
                return count == InProgress ? 0 : count;
            }

            if (context.GetFragment(name) is not { } fragment)
            {
                return 0;
            }

            _fragmentCounts[name] = InProgress;
            count = Count(fragment.SelectionSet);
            _fragmentCounts[name] = count;
            return count;
        }
    }
}
