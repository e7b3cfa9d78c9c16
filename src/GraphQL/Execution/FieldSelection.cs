using System.Text.Json;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// A field as an operation selects it on one object type: the response key, the field definition, and every field node
/// merged under that key (<see href="https://spec.graphql.org/September2025/#CollectFields()">CollectFields()</see>).
/// Built once per operation (and per combination of <c>@skip</c>/<c>@include</c> variable values) and shared by the
/// requests that run it; immutable and thread-safe.
/// </summary>
public sealed partial class FieldSelection
{
    private readonly Func<FieldSelection, ObjectType, FieldSelection[]> _collectSubfields;
    private readonly Lock _gate = new();
    private ObjectType? _firstType;
    private FieldSelection[]? _firstSelections;
    private Dictionary<ObjectType, FieldSelection[]>? _otherSelections;

    internal FieldSelection(
        string responseName,
        FieldDefinition field,
        ObjectType declaringType,
        FieldNode[] nodes,
        Func<FieldSelection, ObjectType, FieldSelection[]> collectSubfields)
    {
        ResponseName = responseName;
        EncodedName = JsonEncodedText.Encode(responseName);
        Field = field;
        DeclaringType = declaringType;
        Nodes = nodes;
        _collectSubfields = collectSubfields;
    }

    /// <summary>The key of the field in the response: its alias, or its name.</summary>
    public string ResponseName { get; }

    public FieldDefinition Field { get; }

    /// <summary>The object type the field was selected on.</summary>
    public ObjectType DeclaringType { get; }

    /// <summary>The field's type.</summary>
    public IOutputType Type => Field.Type;

    /// <summary>The field nodes merged under <see cref="ResponseName"/>, in document order; at least one.</summary>
    public IReadOnlyList<FieldNode> Nodes { get; }

    /// <summary>The first of <see cref="Nodes"/>; its arguments are the field's arguments.</summary>
    public FieldNode Node => ((FieldNode[])Nodes)[0];

    internal JsonEncodedText EncodedName { get; }

    /// <summary>
    /// The fields selected below this one for values of <paramref name="objectType"/>
    /// (<see href="https://spec.graphql.org/September2025/#CollectSubfields()">CollectSubfields()</see>): empty for a leaf
    /// field. Computed on first use for each object type, then cached.
    /// </summary>
    public IReadOnlyList<FieldSelection> GetSelections(ObjectType objectType) => GetSubfields(objectType);

    internal FieldSelection[] GetSubfields(ObjectType objectType)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        if (ReferenceEquals(Volatile.Read(ref _firstType), objectType))
        {
            return _firstSelections!;
        }

        var others = Volatile.Read(ref _otherSelections);
        return others is not null && others.TryGetValue(objectType, out var found) ? found : GetSubfieldsSlow(objectType);
    }

    public override string ToString() => ResponseName == Field.Name ? Field.Coordinate : ResponseName + ": " + Field.Coordinate;

    private FieldSelection[] GetSubfieldsSlow(ObjectType objectType)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_firstType, objectType))
            {
                return _firstSelections!;
            }

            if (_otherSelections is not null && _otherSelections.TryGetValue(objectType, out var found))
            {
                return found;
            }

            var selections = Nodes[0].SelectionSet is null ? [] : _collectSubfields(this, objectType);
            if (_firstType is null)
            {
                _firstSelections = selections;
                Volatile.Write(ref _firstType, objectType);
            }
            else
            {
                // Copy on write, so readers outside the lock never see a dictionary being changed.
                var others = _otherSelections is null
                    ? new Dictionary<ObjectType, FieldSelection[]>(ReferenceEqualityComparer.Instance)
                    : new Dictionary<ObjectType, FieldSelection[]>(_otherSelections, ReferenceEqualityComparer.Instance);
                others[objectType] = selections;
                Volatile.Write(ref _otherSelections, others);
            }

            return selections;
        }
    }
}
