using GraphQL.Introspection;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// An operation prepared for execution: its root fields collected (§6.3.2 CollectFields), and each field's sub-selection
/// collected per object type on first use. Built for one combination of the values of the variables that
/// <c>@skip</c>/<c>@include</c> use, so it can be shared by every request with that combination.
/// </summary>
internal sealed class OperationPlan
{
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _conditionValues;
    private readonly Func<FieldSelection, ObjectType, FieldSelection[]> _collectSubfields;

    public OperationPlan(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> conditionValues)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        _fragments = fragments;
        _conditionValues = conditionValues;
        _collectSubfields = CollectSubfields;
        RootType = schema.GetRootType(operation.Operation)
            ?? throw new InvalidOperationException($"The schema has no {operation.Operation} root type.");
        RootFields = CollectFields(RootType, [operation.SelectionSet]);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    public FieldSelection[] RootFields { get; }

    /// <summary><see href="https://spec.graphql.org/September2025/#CollectSubfields()">CollectSubfields()</see>.</summary>
    private FieldSelection[] CollectSubfields(FieldSelection field, ObjectType objectType)
    {
        var nodes = field.Nodes;
        var selectionSets = new List<SelectionSetNode>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                selectionSets.Add(selectionSet);
            }
        }

        return CollectFields(objectType, selectionSets);
    }

    /// <summary>
    /// <see href="https://spec.graphql.org/September2025/#CollectFields()">CollectFields()</see> over one or more selection
    /// sets: fields grouped by response key in document order, fragments applied once each, unknown fields left out (as
    /// graphql-js does; validation reports them).
    /// </summary>
    private FieldSelection[] CollectFields(ObjectType objectType, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        HashSet<string>? visitedFragments = null;
        foreach (var selectionSet in selectionSets)
        {
            Collect(objectType, selectionSet, grouped, order, ref visitedFragments);
        }

        var fields = new List<FieldSelection>(order.Count);
        foreach (var responseName in order)
        {
            var nodes = grouped[responseName];
            if (FindField(objectType, nodes[0].Name.Value) is not { } definition)
            {
                continue;
            }

            var selection = new FieldSelection(responseName, definition, objectType, [.. nodes], _collectSubfields);
            selection.PrepareExecution();
            fields.Add(selection);
        }

        return [.. fields];
    }

    private void Collect(
        ObjectType objectType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> grouped,
        List<string> order,
        ref HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var responseName = field.ResponseName;
                    if (!grouped.TryGetValue(responseName, out var nodes))
                    {
                        grouped[responseName] = nodes = [];
                        order.Add(responseName);
                    }

                    nodes.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!(visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name)
                        || !_fragments.TryGetValue(name, out var fragment)
                        || !DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    Collect(objectType, fragment.SelectionSet, grouped, order, ref visitedFragments);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !DoesFragmentTypeApply(objectType, condition))
                    {
                        continue;
                    }

                    Collect(objectType, inline.SelectionSet, grouped, order, ref visitedFragments);
                    break;
            }
        }
    }

    /// <summary>§6.3.2: <c>@skip(if: true)</c> excludes a selection; <c>@include(if: false)</c> too.</summary>
    private bool ShouldInclude(SelectionNode selection)
    {
        var directives = selection.Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            switch (directive.Name.Value)
            {
                case "skip" when IsTrue(directive):
                    return false;
                case "include" when !IsTrue(directive):
                    return false;
            }
        }

        return true;
    }

    private bool IsTrue(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "if")
            {
                return argument.Value switch
                {
                    BooleanValueNode boolean => boolean.Value,
                    VariableNode variable => _conditionValues.TryGetValue(variable.Name.Value, out var value) && value is true,
                    _ => false,
                };
            }
        }

        return false;
    }

    /// <summary><see href="https://spec.graphql.org/September2025/#DoesFragmentTypeApply()">DoesFragmentTypeApply()</see>.</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition) =>
        Schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType conditionType => ReferenceEquals(conditionType, objectType),
            IAbstractType abstractType => Schema.IsPossibleType(abstractType, objectType),
            _ => false,
        };

    /// <summary>The field's definition, including the meta-fields of §4 (<c>__typename</c> everywhere, <c>__schema</c> and <c>__type</c> on the query root).</summary>
    private FieldDefinition? FindField(ObjectType objectType, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            switch (name)
            {
                case "__typename":
                    return IntrospectionFields.TypeName;
                case "__schema" when ReferenceEquals(objectType, Schema.QueryType):
                    return IntrospectionFields.Schema;
                case "__type" when ReferenceEquals(objectType, Schema.QueryType):
                    return IntrospectionFields.Type;
            }
        }

        return objectType.GetField(name);
    }
}
