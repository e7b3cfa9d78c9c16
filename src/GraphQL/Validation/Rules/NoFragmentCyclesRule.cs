using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Fragment spreads do not form cycles: no fragment spreads itself, directly or through other fragments
/// (<see href="https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles">Fragment Spreads Must Not Form Cycles</see>).
/// </summary>
/// <remarks>
/// A depth-first search over the spread graph, each fragment explored once, so the cost is linear in the number of
/// spreads; each cycle is reported once, located at its spreads.
/// </remarks>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    /// <summary>The error; <paramref name="via"/> names the fragments the cycle passes through, in order.</summary>
    public static string Message(string fragmentName, IReadOnlyList<string> via)
    {
        ArgumentNullException.ThrowIfNull(via);
        if (via.Count == 0)
        {
            return $"Cannot spread fragment \"{fragmentName}\" within itself.";
        }

        return $"Cannot spread fragment \"{fragmentName}\" within itself via \"{string.Join("\", \"", via)}\".";
    }

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        // The spreads from the fragment the search started at to the current one.
        private readonly List<FragmentSpreadNode> _spreadPath = [];

        // Where each fragment on the current path entered it.
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.SkipChildren;

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            DetectCycles(node);
            return VisitorAction.SkipChildren;
        }

        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleStart))
                {
                    ReportCycle(spreadName, cycleStart);
                }
                else if (context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycles(spreadFragment);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _spreadPathIndexByName.Remove(fragmentName);
        }

        private void ReportCycle(string spreadName, int cycleStart)
        {
            var cycle = new SyntaxNode[_spreadPath.Count - cycleStart];
            var via = new string[cycle.Length - 1];
            for (var i = 0; i < cycle.Length; i++)
            {
                cycle[i] = _spreadPath[cycleStart + i];
                if (i < via.Length)
                {
                    via[i] = _spreadPath[cycleStart + i].Name.Value;
                }
            }

            context.ReportError(GraphQLError.Validation(Message(spreadName, via), cycle));
        }
    }
}
