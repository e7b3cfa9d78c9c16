namespace GraphQL.Validation.Cost;

/// <summary>
/// Limits checked after validation, before execution (<see href="https://ibm.github.io/graphql-specs/cost-spec.html">the
/// IBM GraphQL cost directive specification</see>, plus depth, alias and root-field counts). The defaults let ordinary
/// clients through and stop a hostile one: a query asking for a million objects, a hundred-level nesting, or thousands
/// of aliases is rejected without running a resolver. <c>null</c> switches a limit off.
/// </summary>
public sealed class CostOptions
{
    public static CostOptions Default { get; } = new();

    /// <summary>No limits at all (tests, trusted back-office callers).</summary>
    public static CostOptions Unlimited { get; } = new()
    {
        MaxFieldCost = null,
        MaxTypeCost = null,
        MaxExecutionDepth = null,
        MaxAliases = null,
        MaxRootFields = null,
    };

    /// <summary>The largest field cost (roughly: how many resolvers run) an operation may have. 10 000 by default.</summary>
    public double? MaxFieldCost { get; init; } = 10_000;

    /// <summary>The largest type cost (roughly: how many objects the response holds) an operation may have. 10 000 by default.</summary>
    public double? MaxTypeCost { get; init; } = 10_000;

    /// <summary>How deep fields may nest (the root fields are depth 1; introspection counts too). 15 by default.</summary>
    public int? MaxExecutionDepth { get; init; } = 15;

    /// <summary>How many aliased fields an operation may have (fragments counted where spread). 30 by default.</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>How many root fields an operation may select. 20 by default.</summary>
    public int? MaxRootFields { get; init; } = 20;

    /// <summary>
    /// The size assumed for a list field with neither <c>@listSize(assumedSize:)</c> nor a slicing argument value. 10 by
    /// default.
    /// </summary>
    public int DefaultListSize { get; init; } = 10;
}
