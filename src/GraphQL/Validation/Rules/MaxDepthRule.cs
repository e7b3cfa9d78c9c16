using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Not a specification rule: limits how deeply an operation nests fields, so a client cannot ask for an
/// arbitrarily deep (and costly) response. Opt in through <see cref="ValidationOptions.AdditionalRules"/>.
/// </summary>
/// <remarks>
/// Root fields are at depth 1, their subfields at depth 2, and so on. Fragments count where they are spread, and
/// introspection fields count like any other. Each fragment's depth is computed once per document, so the cost
/// stays linear however often it is spread; a fragment cycle (reported by <see cref="NoFragmentCyclesRule"/>) adds
/// nothing.
/// </remarks>
public sealed class MaxDepthRule : ValidationRule
{
    public MaxDepthRule(int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        MaxDepth = maxDepth;
    }

    /// <summary>The deepest field nesting allowed; 1 allows only root fields without subfields.</summary>
    public int MaxDepth { get; }

    public static string Message(string? operationName, int depth, int maxDepth) =>
        $"{(operationName is null ? "Anonymous operation" : $"Operation \"{operationName}\"")} has a depth of {depth}, "
        + $"which exceeds the maximum allowed depth of {maxDepth}.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxDepth);

    private sealed class Visitor(ValidationContext context, int maxDepth) : SyntaxVisitor
    {
        // A fragment's depth, or InProgress while it is being measured.
        private const int InProgress = -1;

        private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            var depth = Depth(node.SelectionSet);
            if (depth > maxDepth)
            {
                context.ReportError(GraphQLError.Validation(Message(node.Name?.Value, depth, maxDepth), node));
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.SkipChildren;

        // The depth of the deepest field in selectionSet, counting its own fields as depth 1.
        private int Depth(SelectionSetNode selectionSet)
        {
            var max = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field => 1 + (field.SelectionSet is null ? 0 : Depth(field.SelectionSet)),
                    InlineFragmentNode inlineFragment => Depth(inlineFragment.SelectionSet),
                    FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                    _ => 0,
                };
                max = Math.Max(max, depth);
            }

            return max;
        }

        private int FragmentDepth(string name)
        {
            if (_fragmentDepths.TryGetValue(name, out var depth))
            {
                return depth == InProgress ? 0 : depth;
            }

            if (context.GetFragment(name) is not { } fragment)
            {
                return 0;
            }

            _fragmentDepths[name] = InProgress;
            depth = Depth(fragment.SelectionSet);
            _fragmentDepths[name] = depth;
            return depth;
        }
    }
}
