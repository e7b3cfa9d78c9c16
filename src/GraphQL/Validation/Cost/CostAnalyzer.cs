using System.Globalization;
using GraphQL.Introspection;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Cost;

/// <summary>
/// Computes an operation's <see cref="OperationCost"/> from its selections, the schema's <c>@cost</c>/<c>@listSize</c>
/// directives and the slicing arguments' values (the IBM cost specification, §"Cost analysis"):
/// <list type="bullet">
/// <item>a field weighs its <c>@cost</c>, else its type's <c>@cost</c>, else 1 when composite and 0 when a leaf; the
/// arguments it is given add their <c>@cost</c>;</item>
/// <item>a list field multiplies its sub-selection's cost by its size: the largest slicing argument value given
/// (<c>@listSize(slicingArguments:)</c>, or <c>first</c>/<c>last</c> by default), else <c>assumedSize</c>, else
/// <see cref="CostOptions.DefaultListSize"/>; with <c>sizedFields</c> (connections: <c>edges</c>/<c>nodes</c> by default)
/// the size multiplies those child fields instead;</item>
/// <item>the type cost counts each composite value (its type's <c>@cost</c>, else 1), multiplied the same way.</item>
/// </list>
/// Every selection counts, including those <c>@skip</c>/<c>@include</c> may drop and fragments on types the value may
/// not have: the cost is an upper bound. Fragments are measured once per type (a document spreading a fragment many
/// times cannot make the analysis itself expensive). Introspection (<c>__schema</c>, <c>__type</c>) counts as depth 1
/// and no cost.
/// </summary>
internal sealed class CostAnalyzer
{
    private static readonly string[] PagingArguments = ["first", "last"];
    private static readonly string[] ConnectionFields = ["edges", "nodes"];

    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly CostOptions _options;
    private readonly Dictionary<(string Fragment, INamedType Type), Measure> _fragmentMeasures = [];
    private readonly List<GraphQLError> _errors = [];

    private CostAnalyzer(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, CostOptions options)
    {
        _schema = schema;
        _fragments = fragments;
        _variables = variables;
        _options = options;
    }

    /// <summary>Whether a slicing argument's value came from a variable (then the cost holds for these variables only).</summary>
    public bool ReadVariables { get; private set; }

    /// <summary>The operation's cost, and the errors of <c>@listSize(requireOneSlicingArgument: true)</c> fields.</summary>
    public static (OperationCost Cost, IReadOnlyList<GraphQLError> Errors, bool ReadVariables) Analyze(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        CostOptions options)
    {
        var analyzer = new CostAnalyzer(schema, fragments, variables, options);
        var root = schema.GetRootType(operation.Operation) ?? schema.QueryType;
        var measure = analyzer.MeasureSet(operation.SelectionSet, root, null, 1);
        var cost = new OperationCost(measure.FieldCost, measure.TypeCost, measure.Depth, measure.Aliases, operation.SelectionSet.Selections.Count);
        return (cost, analyzer._errors, analyzer.ReadVariables);
    }

    private Measure MeasureSet(SelectionSetNode selectionSet, INamedType parent, string[]? sizedFields, double size)
    {
        var total = default(Measure);
        foreach (var selection in selectionSet.Selections)
        {
            var measure = selection switch
            {
                FieldNode field => MeasureField(field, parent, sizedFields, size),
                InlineFragmentNode inline => MeasureSet(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, sizedFields, size),
                FragmentSpreadNode spread => MeasureSpread(spread, sizedFields, size),
                _ => default,
            };
            total = total.Add(measure);
        }

        return total;
    }

    private Measure MeasureSpread(FragmentSpreadNode spread, string[]? sizedFields, double size)
    {
        if (!_fragments.TryGetValue(spread.Name.Value, out var fragment) || TypeOf(fragment.TypeCondition) is not { } type)
        {
            return default;
        }

        if (sizedFields is not null)
        {
            return MeasureSet(fragment.SelectionSet, type, sizedFields, size);
        }

        var key = (fragment.Name.Value, type);
        if (!_fragmentMeasures.TryGetValue(key, out var measure))
        {
            measure = MeasureSet(fragment.SelectionSet, type, null, 1);
            _fragmentMeasures[key] = measure;
        }

        return measure;
    }

    private Measure MeasureField(FieldNode node, INamedType parent, string[]? parentSizedFields, double parentSize)
    {
        var aliases = node.Alias is null ? 0 : 1;
        if (node.Name.Value is "__schema" or "__type" || FieldOf(parent, node.Name.Value) is not { } field)
        {
            // Introspection is bounded by the parser's limits and ExecutionOptions.EnableIntrospection, not by cost:
            // the IDE's and codegen's introspection queries must always pass.
            return new Measure(0, 0, 1, aliases);
        }

        var type = field.Type.NamedType();
        var composite = type is ICompositeType;
        var weight = CostDirectives.WeightOf(field) ?? WeightOfType(type) ?? (composite ? 1 : 0);
        foreach (var argument in node.Arguments)
        {
            if (field.GetArgument(argument.Name.Value) is { } definition)
            {
                weight += CostDirectives.WeightOf(definition) ?? 0;
            }
        }

        var (size, sizedFields) = ListSizeOf(field, node);
        var child = composite && node.SelectionSet is { } selectionSet ? MeasureSet(selectionSet, type, sizedFields, size) : default;
        var multiplier = parentSizedFields is not null && Array.IndexOf(parentSizedFields, field.Name) >= 0
            ? parentSize
            : field.Type.IsListType() && sizedFields is null ? size : 1;
        var typeCost = composite ? multiplier * ((WeightOfType(type) ?? 1) + child.TypeCost) : 0;
        return new Measure(weight + (multiplier * child.FieldCost), typeCost, child.Depth + 1, aliases + child.Aliases);
    }

    /// <summary>The list size of a field and, for a connection, the child fields it applies to.</summary>
    private (double Size, string[]? SizedFields) ListSizeOf(FieldDefinition field, FieldNode node)
    {
        var directive = field.GetDirective(CostDirectives.ListSize);
        var slicing = directive?.GetArgument("slicingArguments") is IEnumerable<object?> names
            ? names.OfType<string>().ToArray()
            : HasPagingArguments(field) ? PagingArguments : [];
        var sizedFields = directive?.GetArgument("sizedFields") is IEnumerable<object?> sized
            ? sized.OfType<string>().ToArray()
            : directive is null && slicing.Length > 0 && !field.Type.IsListType() && IsConnection(field.Type.NamedType()) ? ConnectionFields : null;
        var requireOne = directive is not null && slicing.Length > 0 && directive.GetArgument("requireOneSlicingArgument") is not false;

        double? largest = null;
        var given = 0;
        foreach (var argument in node.Arguments)
        {
            if (Array.IndexOf(slicing, argument.Name.Value) >= 0 && IntegerOf(argument.Value) is { } value)
            {
                // A negative size must not lower the cost of the rest of the operation.
                given++;
                largest = Math.Max(largest ?? 0, Math.Max(0, value));
            }
        }

        if (requireOne && given != 1)
        {
            _errors.Add(CostErrors.SlicingArgumentRequired(field, slicing, node));
        }

        var assumed = directive?.GetArgument("assumedSize") is int assumedSize ? assumedSize : _options.DefaultListSize;
        return (largest ?? assumed, sizedFields is { Length: > 0 } ? sizedFields : null);
    }

    private double? IntegerOf(ValueNode value)
    {
        switch (value)
        {
            case IntValueNode integer:
                return double.Parse(integer.Value, CultureInfo.InvariantCulture);
            case VariableNode variable:
                ReadVariables = true;
                return _variables.TryGetValue(variable.Name.Value, out var given) && given is not null
                    ? Convert.ToDouble(given, CultureInfo.InvariantCulture)
                    : null;
            default:
                return null;
        }
    }

    private static double? WeightOfType(INamedType type) => type is SchemaElement element ? CostDirectives.WeightOf(element) : null;

    private static bool HasPagingArguments(FieldDefinition field) =>
        field.GetArgument("first") is not null || field.GetArgument("last") is not null;

    private static bool IsConnection(INamedType type) =>
        type is ComplexType complex && (complex.GetField("edges")?.Type.IsListType() == true || complex.GetField("nodes")?.Type.IsListType() == true);

    private INamedType? TypeOf(NamedTypeNode? node) => node is null ? null : _schema.GetType(node.Name.Value);

    private static FieldDefinition? FieldOf(INamedType parent, string name) => name switch
    {
        "__typename" => IntrospectionFields.TypeName,
        _ => (parent as ComplexType)?.GetField(name),
    };

    /// <summary>The measures of a selection set: costs add up, depth is the deepest branch.</summary>
    private readonly record struct Measure(double FieldCost, double TypeCost, int Depth, int Aliases)
    {
        public Measure Add(Measure other) =>
            new(FieldCost + other.FieldCost, TypeCost + other.TypeCost, Math.Max(Depth, other.Depth), Aliases + other.Aliases);
    }
}
