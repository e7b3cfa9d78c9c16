namespace GraphQL.Validation.Cost;

/// <summary>
/// What an operation costs (the IBM cost specification's two measures) and how it is shaped: reported in
/// <c>extensions.cost</c>.
/// </summary>
/// <param name="FieldCost">The sum of the weights of the fields that would be resolved, list sizes multiplied in.</param>
/// <param name="TypeCost">The sum of the weights of the composite values the response would hold.</param>
/// <param name="Depth">How deep the fields nest (root fields are 1).</param>
/// <param name="Aliases">How many fields have an alias.</param>
/// <param name="RootFields">How many fields the root selection set has.</param>
public sealed record OperationCost(double FieldCost, double TypeCost, int Depth, int Aliases, int RootFields)
{
    /// <summary>The <c>extensions.cost</c> entry: the costs and the limits they were checked against.</summary>
    public IReadOnlyDictionary<string, object?> ToExtension(CostOptions options) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["fieldCost"] = FieldCost,
        ["typeCost"] = TypeCost,
        ["maxFieldCost"] = options.MaxFieldCost,
        ["maxTypeCost"] = options.MaxTypeCost,
    };
}
