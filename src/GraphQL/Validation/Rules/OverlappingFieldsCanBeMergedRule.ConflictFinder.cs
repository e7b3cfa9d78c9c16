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
    private sealed partial class ConflictFinder(ValidationContext context)
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

        private void Spend(int cost)
        {
            _remainingBudget -= cost;
            if (_remainingBudget < 0)
            {
                throw new BudgetExceededException();
            }
        }
    }
}
