namespace GraphQL.Types.CodeFirst;

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

    /// <summary>
    /// Wraps the compiled resolver (a mutation convention turns declared exceptions into payload errors); the general hook
    /// for a mapping feature that changes what a field returns.
    /// </summary>
    public Func<Execution.FieldResolver, Execution.FieldResolver>? Decorate { get; init; }

    /// <summary>A subscription field's separate source stream method (<see cref="SubscribeAttribute"/>).</summary>
    public ResolverPlan? SubscribeSource { get; init; }
}
