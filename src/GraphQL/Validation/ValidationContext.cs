using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// What the rules of one validation share: the schema and document, the <see cref="TypeInfo"/> of the walk, lookups
/// over the document's fragments and variables (each computed once and cached), and the errors found so far.
/// </summary>
/// <remarks>
/// Validation stops after <see cref="MaxErrors"/> errors, like graphql-js: the next error is replaced by
/// <see cref="TooManyErrorsMessage"/> and the walk ends, so a hostile document cannot make the service build an
/// unbounded error list.
/// </remarks>
public sealed class ValidationContext
{
    /// <summary>The last error of a validation that was cut short by <see cref="MaxErrors"/>.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    private static readonly ReferenceEqualityComparer ByReference = ReferenceEqualityComparer.Instance;

    // The caches are made on first use: many documents never need some of them.
    private Dictionary<SelectionSetNode, FragmentSpreadNode[]>? _fragmentSpreads;
    private Dictionary<OperationDefinitionNode, FragmentDefinitionNode[]>? _recursivelyReferencedFragments;
    private Dictionary<ExecutableDefinitionNode, VariableUsage[]>? _variableUsages;
    private Dictionary<OperationDefinitionNode, VariableUsage[]>? _recursiveVariableUsages;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private VariableUsageCollector? _variableUsageCollector;
    private List<GraphQLError>? _errors;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        MaxErrors = maxErrors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>Where in the schema the walk currently is.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>How many errors are kept before validation is aborted.</summary>
    public int MaxErrors { get; }

    /// <summary>The errors reported so far, in the order they were found.</summary>
    public IReadOnlyList<GraphQLError> Errors => (IReadOnlyList<GraphQLError>?)_errors ?? [];

    /// <summary>Whether <see cref="MaxErrors"/> was reached; the walk stops and further errors are ignored.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>Records a validation error; once <see cref="MaxErrors"/> are recorded, aborts the validation instead.</summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (IsAborted)
        {
            return;
        }

        _errors ??= [];
        if (_errors.Count >= MaxErrors)
        {
            _errors.Add(GraphQLError.Validation(TooManyErrorsMessage));
            IsAborted = true;
            return;
        }

        _errors.Add(error);
    }

    /// <summary>The fragment definition named <paramref name="name"/>, or <c>null</c>; the first one when several share the name.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// The fragment spreads written in <paramref name="selectionSet"/> and in the selection sets nested in it (of
    /// fields and inline fragments), in document order; the spread fragments themselves are not entered.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        _fragmentSpreads ??= new(ByReference);
        if (!_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            var found = new List<FragmentSpreadNode>();
            CollectFragmentSpreads(selectionSet, found);
            spreads = found.Count == 0 ? [] : [.. found];
            _fragmentSpreads[selectionSet] = spreads;
        }

        return spreads;
    }

    /// <summary>
    /// Every fragment definition <paramref name="operation"/> uses, directly or through other fragments, each once;
    /// spreads of unknown fragments are ignored.
    /// </summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _recursivelyReferencedFragments ??= new(ByReference);
        if (!_recursivelyReferencedFragments.TryGetValue(operation, out var fragments))
        {
            var found = new List<FragmentDefinitionNode>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            CollectReferencedFragments(operation.SelectionSet, found, seen);
            fragments = found.Count == 0 ? [] : [.. found];
            _recursivelyReferencedFragments[operation] = fragments;
        }

        return fragments;
    }

    /// <summary>
    /// The variables used in the values of <paramref name="definition"/> (an operation or a fragment), not following
    /// fragment spreads, in document order; each with the type and default value of the place it is used in.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _variableUsages ??= new(ByReference);
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            _variableUsageCollector ??= new VariableUsageCollector(Schema);
            usages = _variableUsageCollector.Collect(definition);
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>
    /// The variable usages of <paramref name="operation"/> and of every fragment it uses
    /// (<see cref="GetRecursivelyReferencedFragments"/>): the operation's own first.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _recursiveVariableUsages ??= new(ByReference);
        if (!_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            var own = GetVariableUsages(operation);
            var fragments = GetRecursivelyReferencedFragments(operation);
            if (fragments.Count == 0)
            {
                usages = own as VariableUsage[] ?? [.. own];
            }
            else
            {
                var all = new List<VariableUsage>(own);
                foreach (var fragment in fragments)
                {
                    all.AddRange(GetVariableUsages(fragment));
                }

                usages = [.. all];
            }

            _recursiveVariableUsages[operation] = usages;
        }

        return usages;
    }

    private static void CollectFragmentSpreads(SelectionSetNode selectionSet, List<FragmentSpreadNode> spreads)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FragmentSpreadNode spread:
                    spreads.Add(spread);
                    break;
                case FieldNode { SelectionSet: { } fieldSelections }:
                    CollectFragmentSpreads(fieldSelections, spreads);
                    break;
                case InlineFragmentNode inlineFragment:
                    CollectFragmentSpreads(inlineFragment.SelectionSet, spreads);
                    break;
            }
        }
    }

    // Depth-first, so fragments come in the order a reader meets them; the seen set ends cycles.
    private void CollectReferencedFragments(SelectionSetNode selectionSet, List<FragmentDefinitionNode> fragments, HashSet<string> seen)
    {
        foreach (var spread in GetFragmentSpreads(selectionSet))
        {
            if (seen.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
            {
                fragments.Add(fragment);
                CollectReferencedFragments(fragment.SelectionSet, fragments, seen);
            }
        }
    }
}
