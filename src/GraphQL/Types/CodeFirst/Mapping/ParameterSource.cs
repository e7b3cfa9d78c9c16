namespace GraphQL.Types.CodeFirst;

/// <summary>Where a resolver method's parameter gets its value from; decided once, when the schema is built.</summary>
internal abstract record ParameterSource
{
    /// <summary>
    /// A GraphQL argument, converted to the parameter's CLR type; <see cref="Fallback"/> when absent. With
    /// <see cref="GlobalIdType"/>, its global IDs are decoded (and checked to be of that type) first.
    /// </summary>
    public sealed record Argument(string Name, IInputType Type, object? Fallback, string? GlobalIdType = null) : ParameterSource;

    /// <summary>The <see cref="Execution.IResolverContext"/> itself.</summary>
    public sealed record Context : ParameterSource;

    /// <summary><see cref="Execution.IResolverContext.RequestAborted"/>.</summary>
    public sealed record Cancellation : ParameterSource;

    /// <summary><see cref="Execution.IResolverContext.Services"/>.</summary>
    public sealed record Services : ParameterSource;

    /// <summary>A service of the request; a missing one is an error when <see cref="Required"/>, else <c>null</c>.</summary>
    public sealed record Service(bool Required) : ParameterSource;

    /// <summary><see cref="Execution.IResolverContext.Parent"/>.</summary>
    public sealed record Parent : ParameterSource;
}
