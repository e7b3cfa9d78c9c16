using System.Text;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// Comparing two fields of one response name: their names and arguments (<c>FieldsInSetCanMerge</c>) and the shape
    /// of their return types (<c>SameResponseShape</c>).
    /// </summary>
    private sealed partial class ConflictFinder
    {
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
    }
}
