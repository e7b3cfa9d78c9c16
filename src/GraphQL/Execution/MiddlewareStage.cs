namespace GraphQL.Execution;

/// <summary>
/// Where a middleware sits in a field's pipeline. Lower stages run further out (first before the resolver, last after
/// it); middleware of one stage keep the order they were added in. See <c>README.md</c>.
/// </summary>
public static class MiddlewareStage
{
    /// <summary>Paging: slices what everything inside produced (outermost).</summary>
    public const int Paging = 100;

    /// <summary>Projection: selects only the requested members.</summary>
    public const int Projection = 200;

    /// <summary>Filtering: the <c>where</c> argument.</summary>
    public const int Filtering = 300;

    /// <summary>Sorting: the <c>order</c> argument.</summary>
    public const int Sorting = 400;

    /// <summary>Authorization: runs right before the resolver, after the data stages have composed their query.</summary>
    public const int Authorization = 500;

    /// <summary>Middleware added without a stage: innermost, between authorization and the resolver.</summary>
    public const int Custom = 600;
}
