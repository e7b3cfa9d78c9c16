using System.Runtime.CompilerServices;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation.Cost;

namespace GraphQL.Execution;

/// <summary>
/// The cost stage, after variable coercion and before execution: computes the operation's <see cref="OperationCost"/>
/// (<see cref="CostAnalyzer"/>) and rejects it when over <see cref="ExecutionOptions.Cost"/>'s limits. The cost is cached
/// per operation unless a slicing argument took a variable's value.
/// </summary>
internal sealed class CostStage(Schema schema, CostOptions options)
{
    private readonly ConditionalWeakTable<OperationDefinitionNode, OperationCost> _costs = [];

    public CostOptions Options => options;

    /// <summary>The cost, or the errors that reject the operation (each limit's own code).</summary>
    public OperationCost Measure(PreparedDocument document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, out IReadOnlyList<GraphQLError> errors)
    {
        if (_costs.TryGetValue(operation, out var cached))
        {
            errors = Check(cached) ?? [];
            return cached;
        }

        var (cost, analysisErrors, readVariables) = CostAnalyzer.Analyze(schema, operation, document.Fragments, variables, options);
        if (analysisErrors.Count > 0)
        {
            errors = analysisErrors;
            return cost;
        }

        if (!readVariables)
        {
            _costs.AddOrUpdate(operation, cost);
        }

        errors = Check(cost) ?? [];
        return cost;
    }

    private List<GraphQLError>? Check(OperationCost cost)
    {
        List<GraphQLError>? errors = null;
        if (options.MaxExecutionDepth is { } maxDepth && cost.Depth > maxDepth)
        {
            (errors ??= []).Add(CostErrors.DepthExceeded(cost.Depth, maxDepth));
        }

        if (options.MaxAliases is { } maxAliases && cost.Aliases > maxAliases)
        {
            (errors ??= []).Add(CostErrors.AliasesExceeded(cost.Aliases, maxAliases));
        }

        if (options.MaxRootFields is { } maxRootFields && cost.RootFields > maxRootFields)
        {
            (errors ??= []).Add(CostErrors.RootFieldsExceeded(cost.RootFields, maxRootFields));
        }

        if ((options.MaxFieldCost is { } maxField && cost.FieldCost > maxField) || (options.MaxTypeCost is { } maxType && cost.TypeCost > maxType))
        {
            (errors ??= []).Add(CostErrors.CostLimitExceeded(cost, options));
        }

        return errors;
    }
}
