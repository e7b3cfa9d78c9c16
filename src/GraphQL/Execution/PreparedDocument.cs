using System.Collections.Concurrent;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// A parsed document and what the executor learns about it once: its validation errors, its fragments, and the plans of
/// its operations, per combination of <c>@skip</c>/<c>@include</c> variable values.
/// </summary>
internal sealed class PreparedDocument
{
    /// <summary>More combinations than this and plans are built per request: a document should not grow the cache without bound.</summary>
    private const int MaxPlans = 64;

    private readonly ConcurrentDictionary<OperationDefinitionNode, string[]> _conditionVariables = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(OperationDefinitionNode Operation, ulong Conditions), OperationPlan> _plans = new();
    private IReadOnlyList<GraphQLError>? _validationErrors;

    public PreparedDocument(DocumentNode document)
    {
        Document = document;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operations = new List<OperationDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    operations.Add(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
            }
        }

        Fragments = fragments;
        Operations = operations;
    }

    public DocumentNode Document { get; }

    /// <summary>The SHA-256 hash of <see cref="Text"/>, when the document came as text.</summary>
    public DocumentHash? Hash { get; init; }

    /// <summary>The text the document was parsed from, when it came as text (a persisted document's id may name it later).</summary>
    public string? Text { get; init; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    /// <summary>When the document was last used, for the cache's eviction (<see cref="Environment.TickCount64"/>).</summary>
    public long LastUsed { get; set; }

    /// <summary>The validation errors, once computed for the executor's schema.</summary>
    public IReadOnlyList<GraphQLError>? ValidationErrors
    {
        get => Volatile.Read(ref _validationErrors);
        set => Volatile.Write(ref _validationErrors, value);
    }

    /// <summary>The plan for the operation and the values the coerced variables give <c>@skip</c>/<c>@include</c>.</summary>
    public OperationPlan GetPlan(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        var names = _conditionVariables.GetOrAdd(operation, FindConditionVariables);
        if (names.Length == 0)
        {
            return _plans.GetOrAdd((operation, 0UL), static (key, state) => state.Document.CreatePlan(state.Schema, key.Operation, [], state.Variables), (Document: this, Schema: schema, Variables: variables));
        }

        if (names.Length > 64)
        {
            return CreatePlan(schema, operation, names, variables);
        }

        var conditions = 0UL;
        for (var i = 0; i < names.Length; i++)
        {
            if (variables.TryGetValue(names[i], out var value) && value is true)
            {
                conditions |= 1UL << i;
            }
        }

        if (_plans.TryGetValue((operation, conditions), out var plan))
        {
            return plan;
        }

        plan = CreatePlan(schema, operation, names, variables);
        return _plans.Count < MaxPlans ? _plans.GetOrAdd((operation, conditions), plan) : plan;
    }

    /// <summary>A plan that keeps only the condition variables' values, not the request's variables.</summary>
    private OperationPlan CreatePlan(Schema schema, OperationDefinitionNode operation, string[] names, IReadOnlyDictionary<string, object?> variables)
    {
        var conditions = new Dictionary<string, object?>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            conditions[name] = variables.TryGetValue(name, out var value) && value is true;
        }

        return new OperationPlan(schema, Document, operation, Fragments, conditions);
    }

    /// <summary>The variables used by <c>@skip</c>/<c>@include</c> in the operation or any fragment, in a fixed order.</summary>
    private string[] FindConditionVariables(OperationDefinitionNode operation)
    {
        var names = new List<string>();
        AddConditionVariables(operation.SelectionSet, names);
        foreach (var fragment in Fragments.Values)
        {
            AddConditionVariables(fragment.SelectionSet, names);
        }

        return [.. names];
    }

    private static void AddConditionVariables(SelectionSetNode selectionSet, List<string> names)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is not ("skip" or "include"))
                {
                    continue;
                }

                foreach (var argument in directive.Arguments)
                {
                    if (argument.Value is VariableNode variable && !names.Contains(variable.Name.Value))
                    {
                        names.Add(variable.Name.Value);
                    }
                }
            }

            var nested = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (nested is not null)
            {
                AddConditionVariables(nested, names);
            }
        }
    }
}
