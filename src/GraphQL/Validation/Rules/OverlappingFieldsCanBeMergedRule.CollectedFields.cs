using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>Collecting a selection set's fields, the fields of its inline fragments included.</summary>
    private sealed partial class ConflictFinder
    {
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
