namespace GraphQL.Types.CodeFirst;

/// <summary>Where a resolver method's parameter gets its value from; decided once, when the schema is built.</summary>
internal abstract record ParameterSource
{
    /// <summary>A GraphQL argument, converted to the parameter's CLR type; <see cref="Fallback"/> when absent.</summary>
    public sealed record Argument(string Name, IInputType Type, object? Fallback) : ParameterSource;

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

/// <summary>What a compiled resolver calls its method or property on.</summary>
internal enum ResolverInstance
{
    /// <summary>A static member.</summary>
    Static,

    /// <summary>The parent object: a member of the object type's own CLR class.</summary>
    Parent,

    /// <summary>An instance of a resolver class (root type, type extension, SDL resolvers), from DI or created per call.</summary>
    ResolverClass,
}

/// <summary>Everything needed to compile one field's resolver, gathered while mapping and compiled once mapping succeeded.</summary>
internal sealed class ResolverPlan
{
    public required System.Reflection.MemberInfo Member { get; init; }

    public required ResolverInstance Instance { get; init; }

    public required Type InstanceType { get; init; }

    public IReadOnlyList<ParameterSource> Parameters { get; init; } = [];

    /// <summary>Whether <see cref="System.Text.Json.JsonDocument"/> results are handed on as their root element.</summary>
    public bool MapsJsonDocuments { get; init; }

    /// <summary>For error messages: the CLR member and GraphQL field.</summary>
    public required string Site { get; init; }

    /// <summary>A subscription field's separate source stream method (<see cref="SubscribeAttribute"/>).</summary>
    public ResolverPlan? SubscribeSource { get; init; }
}
