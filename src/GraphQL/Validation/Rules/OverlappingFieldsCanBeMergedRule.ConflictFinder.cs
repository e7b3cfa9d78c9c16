using System.Text;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// Finds the conflicts of one document's selection sets; holds the memos, so one instance serves one document.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Terms: a selection set's <em>collected fields</em> are its fields by response name, those of its inline
    /// fragments included, and the names of the fragments it spreads (not followed). Each selection set of the document
    /// is compared <em>within</em> itself, pair by pair of same-named fields, exactly once (when the walk enters it).
    /// Everything else compares fields <em>between</em> two collections, which is where fragments come in:
    /// </para>
    /// <list type="bullet">
    /// <item>a selection set's fields against each fragment it spreads, and that fragment's own spreads, recursively;</item>
    /// <item>each pair of fragments spread in one selection set, and their spreads, recursively;</item>
    /// <item>for two same-named fields with sub-selections, their sub-selections against each other the same way.</item>
    /// </list>
    /// <para>
    /// Fields whose parents are different object types are "mutually exclusive": they may differ in name and arguments
    /// but must still have the same response shape, and their sub-fields inherit the exclusivity. A comparison made
    /// for overlapping parents covers an exclusive one, not the other way round, so the memos record which kind was
    /// made. Memos: collected fields per (parent type, selection set); fragments already compared with a collection;
    /// fragment pairs already compared; the outcome of comparing two fields' names and arguments; canonical forms of
    /// argument values. Each step spends from a budget shared by the document, as graphql-js's does.
    /// </para>
    /// </remarks>
    private sealed class ConflictFinder(ValidationContext context)
    {
        private const int ComplexityBudget = 500_000;

        // Stands for "no type" as a dictionary key (the parent type of fields under an unknown type).
        private static readonly object NoType = new();

        private readonly Dictionary<object, Dictionary<SelectionSetNode, CollectedFields>> _collectedFields = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
        private readonly Dictionary<ValueNode, string> _canonicalValues = new(ReferenceEqualityComparer.Instance);
        private int _remainingBudget = ComplexityBudget;

        /// <summary>Every conflict among the fields <paramref name="selectionSet"/> collects, fragments included.</summary>
        public List<Conflict> FindConflictsWithinSelectionSet(ICompositeType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var collected = CollectFields(parentType, selectionSet);
            CollectConflictsWithin(conflicts, collected);

            // A spread is compared with the fields beside it and with the other spreads; alone, it has nothing to meet.
            var fragmentNames = collected.FragmentNames;
            if (fragmentNames.Count != 0 && (collected.Fields.Count != 0 || fragmentNames.Count > 1))
            {
                for (var i = 0; i < fragmentNames.Count; i++)
                {
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
                    for (var j = i + 1; j < fragmentNames.Count; j++)
                    {
                        CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                    }
                }
            }

            return conflicts;
        }

        // Fields against a fragment's fields, then against the fragments that fragment spreads.
        private void CollectConflictsBetweenFieldsAndFragment(
            List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields collected, string fragmentName)
        {
            Spend(1);
            if (collected.Fields.Count == 0)
            {
                return;
            }

            collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (collected.ComparedFragments.TryGetValue(fragmentName, out var wasExclusive) && (!wasExclusive || areMutuallyExclusive))
            {
                return;
            }

            collected.ComparedFragments[fragmentName] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var fragmentFields = CollectFragmentFields(fragment);
            if (ReferenceEquals(collected, fragmentFields))
            {
                return;
            }

            CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);
            foreach (var referencedName in fragmentFields.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referencedName);
            }
        }

        // Two fragments' fields, then each against the fragments the other spreads.
        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            Spend(2);
            if (fragmentName1 == fragmentName2 || WereCompared(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs[(fragmentName1, fragmentName2)] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }

            var fields1 = CollectFragmentFields(fragment1);
            var fields2 = CollectFragmentFields(fragment2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var referencedName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referencedName2);
            }

            foreach (var referencedName1 in fields1.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referencedName1, fragmentName2);
            }
        }

        // An earlier comparison of the pair counts if it was made for overlapping parents, or if this one is exclusive too.
        private bool WereCompared(string fragmentName1, string fragmentName2, bool areMutuallyExclusive) =>
            (_comparedFragmentPairs.TryGetValue((fragmentName1, fragmentName2), out var exclusive) && (areMutuallyExclusive || !exclusive))
            || (_comparedFragmentPairs.TryGetValue((fragmentName2, fragmentName1), out exclusive) && (areMutuallyExclusive || !exclusive));

        // The sub-selections of two same-named fields: fields against fields, fields against the other's fragments,
        // fragments against fragments.
        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive, INamedType? parentType1, SelectionSetNode selectionSet1, INamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = CollectFields(parentType1, selectionSet1);
            var fields2 = CollectFields(parentType2, selectionSet2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
            }

            foreach (var fragmentName1 in fields1.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
            }

            foreach (var fragmentName1 in fields1.FragmentNames)
            {
                foreach (var fragmentName2 in fields2.FragmentNames)
                {
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        // The only comparison within one collection: every pair of fields sharing a response name.
        private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
        {
            foreach (var (responseName, fields) in collected.Fields)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        // Every field of one collection against every same-named field of the other.
        private void CollectConflictsBetween(List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
        {
            if (fields1.Fields.Count == 0 || fields2.Fields.Count == 0)
            {
                return;
            }

            foreach (var overlap in OverlapOf(fields1, fields2))
            {
                foreach (var field1 in overlap.Fields1)
                {
                    foreach (var field2 in overlap.Fields2)
                    {
                        if (FindConflict(areMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        // The response names two collections share, with their fields on each side; memoized per pair of collections.
        private List<Overlap> OverlapOf(CollectedFields fields1, CollectedFields fields2)
        {
            fields1.Overlaps ??= new Dictionary<CollectedFields, List<Overlap>>(ReferenceEqualityComparer.Instance);
            if (fields1.Overlaps.TryGetValue(fields2, out var overlaps))
            {
                return overlaps;
            }

            overlaps = [];
            foreach (var (responseName, named1) in fields1.Fields)
            {
                Spend(1);
                if (fields2.Fields.TryGetValue(responseName, out var named2))
                {
                    overlaps.Add(new Overlap(responseName, named1, named2));
                }
            }

            fields1.Overlaps[fields2] = overlaps;
            return overlaps;
        }

        /// <summary>The conflict between two fields with one response name, their sub-fields included, or <c>null</c>.</summary>
        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, CollectedField field1, CollectedField field2)
        {
            // Different object types never describe the same object, so such fields never both apply; an interface or
            // union might overlap with anything, if not in this schema then in a later one.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            Spend(2);

            var node1 = field1.Node;
            var node2 = field2.Node;
            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;

            // The common case of a plain leaf field selected twice.
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!areMutuallyExclusive && NameOrArgumentsDiffer(field1, field2) is { } reason)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return new Conflict(responseName, ConflictingTypesReason(type1, type2), [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var subfieldConflicts = FindConflictsBetweenSubSelectionSets(
                    areMutuallyExclusive, type1?.NamedType(), selectionSet1, type2?.NamedType(), selectionSet2);
                return subfieldConflicts.Count == 0 ? null : ConflictOfSubfields(responseName, node1, node2, subfieldConflicts);
            }

            return null;
        }

        // Two aliases for one response name must select the same field with the same arguments; memoized per field pair.
        private string? NameOrArgumentsDiffer(CollectedField field1, CollectedField field2)
        {
            field1.Comparisons ??= new Dictionary<CollectedField, string?>(ReferenceEqualityComparer.Instance);
            if (field1.Comparisons.TryGetValue(field2, out var reason))
            {
                return reason;
            }

            var name1 = field1.Node.Name.Value;
            var name2 = field2.Node.Name.Value;
            reason = name1 != name2 ? DifferentFieldsReason(name1, name2)
                : SameArguments(field1.Node.Arguments, field2.Node.Arguments) ? null
                : DifferingArgumentsReason;
            field1.Comparisons[field2] = reason;
            return reason;
        }

        // Arguments are unordered; values compare by their canonical form, so input object fields are unordered too.
        private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count)
            {
                return false;
            }

            foreach (var argument1 in arguments1)
            {
                Spend(1);
                if (LastNamed(arguments2, argument1.Name.Value) is not { } value2
                    || CanonicalForm(argument1.Value) != CanonicalForm(value2))
                {
                    return false;
                }
            }

            return true;
        }

        // A repeated argument name counts with its last value (UniqueArgumentNamesRule reports the repetition).
        private static ValueNode? LastNamed(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            for (var i = arguments.Count - 1; i >= 0; i--)
            {
                if (arguments[i].Name.Value == name)
                {
                    return arguments[i].Value;
                }
            }

            return null;
        }

        /// <summary>
        /// <c>SameResponseShape</c> for the types themselves: lists and non-null must match level by level, and leaf
        /// types must be the same. Composite types never conflict here; their sub-fields are compared instead.
        /// </summary>
        private bool DoTypesConflict(IType type1, IType type2)
        {
            while (true)
            {
                if (ReferenceEquals(type1, type2))
                {
                    return false;
                }

                Spend(1);
                if (type1 is ListType list1)
                {
                    if (type2 is not ListType list2)
                    {
                        return true;
                    }

                    (type1, type2) = (list1.OfType, list2.OfType);
                    continue;
                }

                if (type2 is ListType)
                {
                    return true;
                }

                if (type1 is NonNullType nonNull1)
                {
                    if (type2 is not NonNullType nonNull2)
                    {
                        return true;
                    }

                    (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                    continue;
                }

                if (type2 is NonNullType)
                {
                    return true;
                }

                return (type1 is ILeafType || type2 is ILeafType) && !ReferenceEquals(type1, type2);
            }
        }

        // One conflict for two fields whose sub-fields conflict: the reasons joined, and the locations of the two fields
        // followed by those of the conflicting sub-fields, at most MaxConflictNodes a side.
        private static Conflict ConflictOfSubfields(string responseName, FieldNode node1, FieldNode node2, List<Conflict> subfieldConflicts)
        {
            var reasons = new (string, string)[subfieldConflicts.Count];
            for (var i = 0; i < reasons.Length; i++)
            {
                reasons[i] = (subfieldConflicts[i].ResponseName, subfieldConflicts[i].Reason);
            }

            return new Conflict(
                responseName,
                SubfieldsReason(reasons),
                NodesOf(node1, subfieldConflicts, static conflict => conflict.Fields1),
                NodesOf(node2, subfieldConflicts, static conflict => conflict.Fields2));
        }

        // When there are too many, the deepest fields of each sub-conflict are kept.
        private static List<FieldNode> NodesOf(FieldNode field, List<Conflict> subfieldConflicts, Func<Conflict, List<FieldNode>> side)
        {
            var nodes = new List<FieldNode> { field };
            foreach (var conflict in subfieldConflicts)
            {
                var fields = side(conflict);
                var kept = Math.Min(fields.Count, MaxConflictNodes - nodes.Count);
                for (var i = fields.Count - kept; i < fields.Count; i++)
                {
                    nodes.Add(fields[i]);
                }

                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }

        private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

        private CollectedFields CollectFields(INamedType? parentType, SelectionSetNode selectionSet)
        {
            var typeKey = (object?)parentType ?? NoType;
            if (!_collectedFields.TryGetValue(typeKey, out var bySelectionSet))
            {
                _collectedFields[typeKey] = bySelectionSet = new Dictionary<SelectionSetNode, CollectedFields>(ReferenceEqualityComparer.Instance);
            }

            if (!bySelectionSet.TryGetValue(selectionSet, out var collected))
            {
                collected = new CollectedFields();
                Collect(parentType, selectionSet, collected);
                bySelectionSet[selectionSet] = collected;
            }

            return collected;
        }

        private void Collect(INamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        // Only declared fields: meta fields such as __typename have no definition to compare, as in graphql-js.
                        var definition = parentType is ComplexType complexType ? complexType.GetField(field.Name.Value) : null;
                        collected.Add(field.ResponseName, new CollectedField(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        collected.AddFragmentName(spread.Name.Value);
                        break;
                    case InlineFragmentNode inlineFragment:
                        var typeCondition = inlineFragment.TypeCondition;
                        Collect(typeCondition is null ? parentType : context.Schema.GetType(typeCondition.Name.Value), inlineFragment.SelectionSet, collected);
                        break;
                }
            }
        }

        private string CanonicalForm(ValueNode value)
        {
            if (!_canonicalValues.TryGetValue(value, out var form))
            {
                var builder = new StringBuilder();
                AppendCanonicalForm(builder, value);
                _canonicalValues[value] = form = builder.ToString();
            }

            return form;
        }

        // Distinguishes every kind of literal (1 and 1.0, "A" and A, block and ordinary strings, as graphql-js does)
        // and sorts object fields by name, stably.
        private static void AppendCanonicalForm(StringBuilder builder, ValueNode value)
        {
            switch (value)
            {
                case VariableNode variable:
                    builder.Append('$').Append(variable.Name.Value);
                    break;
                case IntValueNode intValue:
                    builder.Append("i:").Append(intValue.Value);
                    break;
                case FloatValueNode floatValue:
                    builder.Append("f:").Append(floatValue.Value);
                    break;
                case BooleanValueNode booleanValue:
                    builder.Append(booleanValue.Value ? "true" : "false");
                    break;
                case NullValueNode:
                    builder.Append("null");
                    break;
                case EnumValueNode enumValue:
                    builder.Append("e:").Append(enumValue.Value);
                    break;
                case StringValueNode stringValue:
                    builder.Append(stringValue.Block ? "b\"" : "s\"");
                    foreach (var c in stringValue.Value)
                    {
                        if (c is '"' or '\\')
                        {
                            builder.Append('\\');
                        }

                        builder.Append(c);
                    }

                    builder.Append('"');
                    break;
                case ListValueNode list:
                    builder.Append('[');
                    foreach (var item in list.Values)
                    {
                        AppendCanonicalForm(builder, item);
                        builder.Append(',');
                    }

                    builder.Append(']');
                    break;
                case ObjectValueNode objectValue:
                    var fields = new ObjectFieldNode[objectValue.Fields.Count];
                    for (var i = 0; i < fields.Length; i++)
                    {
                        fields[i] = objectValue.Fields[i];
                    }

                    // Insertion sort: stable, and input objects are small.
                    for (var i = 1; i < fields.Length; i++)
                    {
                        var field = fields[i];
                        var j = i - 1;
                        while (j >= 0 && string.CompareOrdinal(fields[j].Name.Value, field.Name.Value) > 0)
                        {
                            fields[j + 1] = fields[j];
                            j--;
                        }

                        fields[j + 1] = field;
                    }

                    builder.Append('{');
                    foreach (var field in fields)
                    {
                        builder.Append(field.Name.Value).Append(':');
                        AppendCanonicalForm(builder, field.Value);
                        builder.Append(',');
                    }

                    builder.Append('}');
                    break;
            }
        }

        private void Spend(int cost)
        {
            _remainingBudget -= cost;
            if (_remainingBudget < 0)
            {
                throw new BudgetExceededException();
            }
        }
    }

    /// <summary>A selection set's fields by response name (inline fragments included) and the fragments it spreads.</summary>
    private sealed class CollectedFields
    {
        private HashSet<string>? _fragmentNameSet;

        public OrderedDictionary<string, List<CollectedField>> Fields { get; } = new(StringComparer.Ordinal);

        /// <summary>Each spread fragment once, in order of first spread.</summary>
        public List<string> FragmentNames { get; } = [];

        /// <summary>The fragments compared with these fields so far, and whether only for exclusive parents.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        /// <summary>The response names shared with other collections, by collection.</summary>
        public Dictionary<CollectedFields, List<Overlap>>? Overlaps { get; set; }

        public void Add(string responseName, CollectedField field)
        {
            if (!Fields.TryGetValue(responseName, out var named))
            {
                Fields.Add(responseName, named = []);
            }

            named.Add(field);
        }

        public void AddFragmentName(string name)
        {
            _fragmentNameSet ??= new HashSet<string>(StringComparer.Ordinal);
            if (_fragmentNameSet.Add(name))
            {
                FragmentNames.Add(name);
            }
        }
    }

    /// <summary>A field as collected: the type it was selected on (<c>null</c> when unknown) and its definition there.</summary>
    private sealed class CollectedField(INamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public INamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        /// <summary>No arguments and no sub-selection: two of these with one name and type always merge.</summary>
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        /// <summary>The outcome of comparing names and arguments with other fields: a reason they differ, or <c>null</c>.</summary>
        public Dictionary<CollectedField, string?>? Comparisons { get; set; }
    }

    /// <summary>A response name two collections share, with its fields on each side.</summary>
    private readonly record struct Overlap(string ResponseName, List<CollectedField> Fields1, List<CollectedField> Fields2);
}
